import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxFiles, WORKERS_FROM } from '../../../src/markdown/mdx-files-loader.ts';
import { markdownProcessor, syntaxHighlight } from '../../../src/markdown/processor.ts';
import { RenderPool, sharedPool, type Rendered } from '../../../src/markdown/render-pool.ts';

// Rendered here, as Astro's content layer renders for renderMarkdown (content-layer.js #processMarkdown).
const renderer = await markdownProcessor.createRenderer({ syntaxHighlight } as AstroMarkdownOptions);
async function renderHere(contents: string, fileURL: URL): Promise<Rendered> {
  const { frontmatter, content } = parseFrontmatter(contents);
  const { code, metadata } = await renderer.render(content, { frontmatter, fileURL });
  return { html: code, metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] } };
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('RenderPool', () => {
  it('renders real entries in worker threads exactly as they render here, HTML and metadata', async () => {
    const pool = new RenderPool(2);
    try {
      const files = ['zh/vswitch-ip-exhausted', 'ja/dns-resolution-fails', 'en/kube-proxy-config', 'en/terway-packet-capture'];
      for (const id of files) {
        const path = join(process.cwd(), 'content/faq', `${id}.mdx`);
        const contents = readFileSync(path, 'utf8');
        const [there, here] = await Promise.all([
          pool.render(contents, pathToFileURL(path)),
          renderHere(contents, pathToFileURL(path)),
        ]);
        expect(there, id).toEqual(here);
        expect(there.html, id).toContain('<figure');
        expect(there.metadata?.headings?.length, id).toBeGreaterThan(2);
      }
    } finally {
      await pool.close();
    }
  });

  it('fails a body that does not render, naming the file and the line', async () => {
    const pool = new RenderPool(1);
    try {
      const url = pathToFileURL('/kb/content/faq/en/x.mdx');
      await expect(pool.render('---\ntitle: x\n---\n\ntext\n\n```\nno language\n```\n', url)).rejects.toThrow(
        /^could not render file:\/\/\/kb\/content\/faq\/en\/x\.mdx: [^]*\/kb\/content\/faq\/en\/x\.mdx:\d+: expected a fenced code block with a language/,
      );
      // The worker is still there for the next file.
      expect((await pool.render('---\ntitle: y\n---\n\nfine\n', url)).html).toBe('<p>fine</p>');
    } finally {
      await pool.close();
    }
  });

  it('fails what a worker had in hand when it ends, and sends nothing more to it', async () => {
    // A worker that ends unasked, as one that runs out of memory would.
    const pool = new RenderPool(1, new URL('data:text/javascript,process.exit(3)'));
    try {
      const url = pathToFileURL('/kb/x.mdx');
      await expect(pool.render('---\ntitle: x\n---\n\ntext\n', url)).rejects.toThrow(
        'could not render file:///kb/x.mdx: the render worker exited (code 3)',
      );
      await expect(pool.render('---\ntitle: y\n---\n\ntext\n', url)).rejects.toThrow(
        'could not render file:///kb/x.mdx: the render worker exited (code 3)',
      );
    } finally {
      await pool.close();
    }
  });
});

describe('sharedPool', () => {
  it('gives every loader the same pool and ends it with the last release', async () => {
    const a = sharedPool.acquire(1);
    const b = sharedPool.acquire(1);
    expect(b).toBe(a);
    await sharedPool.release();
    // Still there for the second user.
    expect((await b.render('---\ntitle: x\n---\n\nstill here\n', pathToFileURL('/x.mdx'))).html).toBe('<p>still here</p>');
    await sharedPool.release();
    await expect(a.render('---\ntitle: x\n---\n\ngone\n', pathToFileURL('/x.mdx'))).rejects.toThrow(/could not render/);
    // The next acquire starts a new one.
    const c = sharedPool.acquire(1);
    expect(c).not.toBe(a);
    await sharedPool.release();
  });
});

describe('mdxFiles in worker threads', () => {
  it('stores what renderMarkdown would, in the order listed, many files in flight at once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-pool-'));
    dirs.push(root);
    // More files than the loader renders ahead, from the real bodies, under ids that sort apart from their order on disk.
    const real = readdirSync('content/faq/en').slice(0, 8);
    for (let i = 0; i < 45; i++) {
      mkdirSync(join(root, 'faq', 'en'), { recursive: true });
      writeFileSync(
        join(root, 'faq', 'en', `${String(45 - i).padStart(2, '0')}-x.mdx`),
        readFileSync(join('content/faq/en', real[i % real.length]!), 'utf8'),
      );
    }
    const load = async (workers: number, workersFrom?: number) => {
      const set: { id: string; rendered: Rendered }[] = [];
      let rendered = 0;
      const context = {
        config: { root: pathToFileURL(`${root}/`) },
        store: { keys: () => [], get: () => undefined, set: (e: (typeof set)[number]) => set.push(e), delete: () => true },
        generateDigest: (text: string) => String(text.length),
        parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
        renderMarkdown: (text: string, { fileURL }: { fileURL: URL }) => (rendered++, renderHere(text, fileURL)),
      } as unknown as LoaderContext;
      await mdxFiles({ base: 'faq', depth: 1, pipeline: 'p', workers, ...(workersFrom ? { workersFrom } : {}) }).load(context);
      return { set, rendered };
    };
    const [pooled, here] = [await load(2, 45), await load(0)];
    expect(pooled.set.map((e) => e.id)).toEqual(Array.from({ length: 45 }, (_, i) => `en/${String(i + 1).padStart(2, '0')}-x`));
    expect(pooled.set).toEqual(here.set);
    // In workers: renderMarkdown, here, was not asked.
    expect(pooled.rendered).toBe(0);
    expect(here.rendered).toBe(45);
    // Fewer files than workersFrom are rendered here, workers or not.
    expect((await load(2, 46)).rendered).toBe(45);
    expect(WORKERS_FROM).toBeGreaterThan(384);
  }, 60_000);
});
