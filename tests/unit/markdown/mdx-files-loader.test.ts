import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { mdxFiles } from '../../../src/markdown/mdx-files-loader.ts';

type Entry = {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
};
type Listener = (event: string, path: string) => void;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A project folder with the given files (path → contents) and a loader context over an in-memory store. */
function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'kb-loader-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const entries = new Map<string, Entry>();
  const rendered: string[] = [];
  const listeners: Listener[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (e: Entry) => entries.set(e.id, e),
      delete: (id: string) => entries.delete(id),
    },
    generateDigest: (text: string) => `digest:${text.length}:${text}`,
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve({ ...data, parsed: true }),
    renderMarkdown: (text: string, { fileURL }: { fileURL: URL }) => {
      rendered.push(fileURL.pathname.slice(root.length + 1));
      return Promise.resolve({ html: `<p>${text.split('---\n')[2]?.trim() ?? ''}</p>` });
    },
    // Only the one event the loader needs: every change to any file.
    watcher: { on: (event: string, listener: Listener) => event === 'all' && listeners.push(listener) },
  } as unknown as LoaderContext;
  return { root, entries, rendered, listeners, context };
}

const mdx = (title: string, body: string) => `---\ntitle: ${title}\n---\n${body}\n`;

describe('mdxFiles', () => {
  it('loads .mdx files exactly depth folders down, id the path without .mdx, rendered with the frontmatter parsed', async () => {
    // Written in reverse order: the listing sorts, whatever order the file system keeps.
    const p = project({
      'c/faq/ja/alpha.mdx': mdx('アルファ', 'こんにちは'),
      'c/faq/en/zeta.mdx': mdx('Zeta', 'Last'),
      'c/faq/en/alpha.mdx': mdx('Alpha', 'Hello'),
      'c/faq/en/notes.md': 'not an entry',
      'c/faq/top.mdx': mdx('Too high', 'x'),
      'c/faq/en/deep/too-low.mdx': mdx('Too low', 'x'),
    });
    const loader = mdxFiles({ base: 'c/faq', depth: 1 });
    expect(loader.name).toBe('mdx-files');
    await loader.load(p.context);
    expect([...p.entries.keys()]).toEqual(['en/alpha', 'en/zeta', 'ja/alpha']);
    expect(p.entries.get('en/alpha')).toEqual({
      id: 'en/alpha',
      data: { title: 'Alpha', parsed: true },
      body: 'Hello',
      filePath: 'c/faq/en/alpha.mdx',
      digest: `digest:${mdx('Alpha', 'Hello').length}:${mdx('Alpha', 'Hello')}`,
      rendered: { html: '<p>Hello</p>' },
    });
  });

  it('reads nodes two folders down for triage trees', async () => {
    const p = project({ 't/en/dns/start.mdx': mdx('Start', 'Q'), 't/en/dns.mdx': mdx('No', 'x') });
    await mdxFiles({ base: 't', depth: 2 }).load(p.context);
    expect([...p.entries.keys()]).toEqual(['en/dns/start']);
  });

  it('renders only what changed since the last load and drops entries whose file is gone', async () => {
    const p = project({ 'f/en/a.mdx': mdx('A', 'one'), 'f/en/b.mdx': mdx('B', 'two'), 'f/en/d.mdx': mdx('D', 'same') });
    const loader = mdxFiles({ base: 'f', depth: 1 });
    await loader.load(p.context);
    writeFileSync(join(p.root, 'f/en/b.mdx'), mdx('B', 'changed'));
    rmSync(join(p.root, 'f/en/a.mdx'));
    writeFileSync(join(p.root, 'f/en/c.mdx'), mdx('C', 'new'));
    await loader.load(p.context);
    expect(p.rendered).toEqual(['f/en/a.mdx', 'f/en/b.mdx', 'f/en/d.mdx', 'f/en/b.mdx', 'f/en/c.mdx']);
    expect([...p.entries.keys()].sort()).toEqual(['en/b', 'en/c', 'en/d']);
    expect(p.entries.get('en/b')?.body).toBe('changed');
  });

  it('loads nothing, and fails nothing, when the folder does not exist', async () => {
    const p = project({});
    await mdxFiles({ base: 'missing', depth: 2 }).load(p.context);
    expect(p.entries.size).toBe(0);
  });

  it('follows the dev server watcher: a changed or added file is loaded again, a deleted one dropped, others ignored', async () => {
    const p = project({ 'f/en/a.mdx': mdx('A', 'one'), 'g/en/x.mdx': mdx('X', 'elsewhere'), 'f2/en/y.mdx': mdx('Y', 'beside') });
    await mdxFiles({ base: 'f', depth: 1 }).load(p.context);
    const fire = async (event: string, rel: string) => {
      for (const l of p.listeners) l(event, join(p.root, rel));
      await new Promise((r) => setTimeout(r, 20));
    };
    writeFileSync(join(p.root, 'f/en/a.mdx'), mdx('A', 'edited'));
    await fire('change', 'f/en/a.mdx');
    expect(p.entries.get('en/a')?.body).toBe('edited');
    writeFileSync(join(p.root, 'f/en/n.mdx'), mdx('N', 'added'));
    await fire('add', 'f/en/n.mdx');
    expect(p.entries.get('en/n')?.body).toBe('added');
    await fire('change', 'g/en/x.mdx');
    await fire('add', 'f2/en/y.mdx');
    writeFileSync(join(p.root, 'f/en/readme.txt'), 'x');
    await fire('add', 'f/en/readme.txt');
    expect([...p.entries.keys()].sort()).toEqual(['en/a', 'en/n']);
    await fire('unlink', 'f/en/a.mdx');
    expect([...p.entries.keys()]).toEqual(['en/n']);
    await fire('addDir', 'f/en/b.mdx');
    expect([...p.entries.keys()]).toEqual(['en/n']);
  });
});
