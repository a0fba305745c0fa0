import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { mdxFiles, pipelineDigest } from '../../../src/markdown/mdx-files-loader.ts';

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
  const watched: string[] = [];
  const errors: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (e: Entry) => entries.set(e.id, e),
      delete: (id: string) => entries.delete(id),
    },
    logger: { error: (m: string) => errors.push(m) },
    generateDigest: (text: string) => `digest:${text.length}:${text}`,
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve({ ...data, parsed: true }),
    renderMarkdown: (text: string, { fileURL }: { fileURL: URL }) => {
      rendered.push(fileURL.pathname.slice(root.length + 1));
      const body = text.split('---\n')[2]?.trim() ?? '';
      if (body === 'throw') return Promise.reject(new Error('render failed'));
      return Promise.resolve({ html: `<p>${body}</p>` });
    },
    // Only the one event the loader needs: every change to any file.
    watcher: {
      on: (event: string, listener: Listener) => event === 'all' && listeners.push(listener),
      add: (path: string) => watched.push(path),
    },
  } as unknown as LoaderContext;
  return { root, entries, rendered, listeners, watched, errors, context };
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
    const loader = mdxFiles({ base: 'c/faq', depth: 1, pipeline: 'p1', workers: 0 });
    expect(loader.name).toBe('mdx-files');
    await loader.load(p.context);
    expect([...p.entries.keys()]).toEqual(['en/alpha', 'en/zeta', 'ja/alpha']);
    expect(p.entries.get('en/alpha')).toEqual({
      id: 'en/alpha',
      data: { title: 'Alpha', parsed: true },
      body: 'Hello',
      filePath: 'c/faq/en/alpha.mdx',
      digest: `digest:${3 + mdx('Alpha', 'Hello').length}:p1\0${mdx('Alpha', 'Hello')}`,
      rendered: { html: '<p>Hello</p>' },
    });
  });

  it('reads nodes two folders down for triage trees', async () => {
    const p = project({
      't/en/dns/start.mdx': mdx('Start', 'Q'),
      't/en/dns.mdx': mdx('No', 'x'),
      't/en/dns/.draft.mdx': mdx('Hidden', 'x'),
    });
    await mdxFiles({ base: 't', depth: 2, pipeline: 'p1', workers: 0 }).load(p.context);
    expect([...p.entries.keys()]).toEqual(['en/dns/start']);
  });

  it('renders only what changed since the last load and drops entries whose file is gone', async () => {
    const p = project({ 'f/en/a.mdx': mdx('A', 'one'), 'f/en/b.mdx': mdx('B', 'two'), 'f/en/d.mdx': mdx('D', 'same') });
    const loader = mdxFiles({ base: 'f', depth: 1, pipeline: 'p1', workers: 0 });
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
    await mdxFiles({ base: 'missing', depth: 2, pipeline: 'p1', workers: 0 }).load(p.context);
    expect(p.entries.size).toBe(0);
  });

  it('follows the dev server watcher: a changed or added file is loaded again, a deleted one dropped, others ignored', async () => {
    const p = project({ 'f/en/a.mdx': mdx('A', 'one'), 'g/en/x.mdx': mdx('X', 'elsewhere'), 'f2/en/y.mdx': mdx('Y', 'beside') });
    await mdxFiles({ base: 'f', depth: 1, pipeline: 'p1', workers: 0 }).load(p.context);
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

  it('renders every file again when the pipeline changes, even with its text unchanged', async () => {
    const p = project({ 'f/en/a.mdx': mdx('A', 'one') });
    await mdxFiles({ base: 'f', depth: 1, pipeline: 'p1', workers: 0 }).load(p.context);
    await mdxFiles({ base: 'f', depth: 1, pipeline: 'p1', workers: 0 }).load(p.context);
    await mdxFiles({ base: 'f', depth: 1, pipeline: 'p2', workers: 0 }).load(p.context);
    expect(p.rendered).toEqual(['f/en/a.mdx', 'f/en/a.mdx']);
  });

  it('names the file when its frontmatter is not YAML', async () => {
    const p = project({ 'f/en/a.mdx': '---\ntitle: [a\n---\nbody\n' });
    await expect(mdxFiles({ base: 'f', depth: 1, pipeline: 'p1', workers: 0 }).load(p.context)).rejects.toThrow(
      /^f\/en\/a\.mdx: expected a YAML frontmatter that parses, found: /,
    );
  });

  it('follows a linked file', async () => {
    const p = project({ 'elsewhere/b.mdx': mdx('B', 'two'), 'f/en/a.mdx': mdx('A', 'one') });
    symlinkSync(join(p.root, 'elsewhere/b.mdx'), join(p.root, 'f/en/b.mdx'));
    await mdxFiles({ base: 'f', depth: 1, pipeline: 'p1', workers: 0 }).load(p.context);
    expect([...p.entries.keys()]).toEqual(['en/a', 'en/b']);
    expect(p.entries.get('en/b')?.body).toBe('two');
  });

  it('watches its folder, ignores files at another depth or hidden, and logs a file that fails to reload', async () => {
    const p = project({ 't/en/dns/start.mdx': mdx('Start', 'Q') });
    await mdxFiles({ base: 't', depth: 2, pipeline: 'p1', workers: 0 }).load(p.context);
    expect(p.watched).toEqual([join(p.root, 't')]);
    const fire = async (event: string, rel: string, text?: string) => {
      if (text !== undefined) {
        mkdirSync(join(p.root, rel, '..'), { recursive: true });
        writeFileSync(join(p.root, rel), text);
      }
      for (const l of p.listeners) l(event, join(p.root, rel));
      await new Promise((r) => setTimeout(r, 20));
    };
    await fire('add', 't/top.mdx', mdx('Top', 'x'));
    await fire('add', 't/en/deep/x/y.mdx', mdx('Y', 'x'));
    await fire('add', 't/en/dns/.draft.mdx', mdx('Draft', 'x'));
    expect([...p.entries.keys()]).toEqual(['en/dns/start']);
    await fire('change', 't/en/dns/start.mdx', mdx('Start', 'throw'));
    expect(p.errors).toEqual([`could not reload ${join(p.root, 't/en/dns/start.mdx')}: render failed`]);
  });
});

describe('pipelineDigest', () => {
  it('changes when a file under a folder or a listed file changes, and only then', () => {
    const p = project({
      'src/md/a.ts': 'a',
      'src/md/sub/b.ts': 'b',
      'astro.config.mjs': 'c',
      'package-lock.json': '{"v":1}',
      'src/other.ts': 'x',
    });
    const digest = () => pipelineDigest(p.root, ['astro.config.mjs', 'src/md', 'package-lock.json']);
    const first = digest();
    expect(digest()).toBe(first);
    writeFileSync(join(p.root, 'src/md/sub/b.ts'), 'b2');
    const second = digest();
    expect(second).not.toBe(first);
    writeFileSync(join(p.root, 'astro.config.mjs'), 'c2');
    const third = digest();
    expect(third).not.toBe(second);
    writeFileSync(join(p.root, 'src/other.ts'), 'y');
    expect(digest()).toBe(third);
    writeFileSync(join(p.root, 'package-lock.json'), '{"v":2}');
    expect(digest()).not.toBe(third);
  });
});
