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

describe('the renderer the workers build', () => {
  it('is Astro’s: astro.config.mjs sets no Markdown or image option beyond the processor the workers share', async () => {
    const { default: config } = (await import('../../../astro.config.mjs')) as { default: Record<string, unknown> };
    // Astro hands its renderer image, gfm, smartypants and shikiConfig from here; the workers see only
    // processor.ts. Any of these set in the config would render differently in a worker.
    expect(Object.keys(config.markdown as object).sort()).toEqual(['processor', 'syntaxHighlight']);
    expect((config.markdown as { processor: unknown }).processor).toBe(markdownProcessor);
    expect(config.image).toBeUndefined();
    expect(markdownProcessor.options).toMatchObject({ gfm: true, smartypants: false });
  });
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
  it('stores each file’s own rendering, in the order listed, with stored files among them and many in flight', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-pool-'));
    dirs.push(root);
    // More files than the loader renders ahead, from the real bodies, each with a marker of its own,
    // under ids that sort apart from the order they were written in.
    const real = readdirSync('content/faq/en').slice(0, 8);
    const id = (i: number) => `en/${String(i + 1).padStart(2, '0')}-x`;
    mkdirSync(join(root, 'faq', 'en'), { recursive: true });
    for (let i = 44; i >= 0; i--) {
      const text = readFileSync(join('content/faq/en', real[i % real.length]!), 'utf8');
      writeFileSync(join(root, 'faq', `${id(i)}.mdx`), `${text}\nmarker-${i}-end\n`);
    }
    // Every third file is in the store unchanged: the files to render and the files listed number apart.
    const stored = (i: number) => i % 3 === 1;
    const load = async (workers: number, workersFrom?: number) => {
      const set: { id: string; rendered: Rendered }[] = [];
      let rendered = 0;
      const context = {
        config: { root: pathToFileURL(`${root}/`) },
        store: {
          keys: () => [],
          get: (key: string) => {
            const i = Number(/(\d+)-x$/.exec(key)![1]) - 1;
            return stored(i) ? { digest: String(readFileSync(join(root, 'faq', `${key}.mdx`), 'utf8').length) } : undefined;
          },
          set: (e: (typeof set)[number]) => set.push(e),
          delete: () => true,
        },
        generateDigest: (text: string) => String(text.length - 'p\0'.length),
        parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
        renderMarkdown: (text: string, { fileURL }: { fileURL: URL }) => (rendered++, renderHere(text, fileURL)),
      } as unknown as LoaderContext;
      await mdxFiles({ base: 'faq', depth: 1, pipeline: 'p', workers, ...(workersFrom ? { workersFrom } : {}) }).load(context);
      return { set, rendered };
    };
    const changed = Array.from({ length: 45 }, (_, i) => i).filter((i) => !stored(i));
    const [pooled, here] = [await load(2, 30), await load(0)];
    expect(pooled.set.map((e) => e.id)).toEqual(changed.map(id));
    for (const [k, i] of changed.entries()) expect(pooled.set[k]!.rendered.html, id(i)).toContain(`marker-${i}-end`);
    expect(pooled.set).toEqual(here.set);
    // In workers: renderMarkdown, here, was not asked.
    expect(pooled.rendered).toBe(0);
    expect(here.rendered).toBe(30);
    // Fewer files to render than workersFrom are rendered here, workers or not.
    expect((await load(2, 31)).rendered).toBe(30);
    expect(WORKERS_FROM).toBeGreaterThan(384);
  }, 60_000);

  it('fails the load with the first failing file, leaves no rejection unhandled, and ends the pool', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-pool-'));
    dirs.push(root);
    mkdirSync(join(root, 'faq', 'en'), { recursive: true });
    for (let i = 0; i < 40; i++)
      writeFileSync(
        join(root, 'faq', 'en', `${String(i).padStart(2, '0')}.mdx`),
        i === 3 || i === 20 ? '---\ntitle: x\n---\n\n```\nno language\n```\n' : `---\ntitle: x\n---\n\nfile ${i}\n`,
      );
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (const workersFrom of [1, 1000]) {
        const context = {
          config: { root: pathToFileURL(`${root}/`) },
          store: { keys: () => [], get: () => undefined, set: () => undefined, delete: () => true },
          generateDigest: (text: string) => text,
          parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
          renderMarkdown: (text: string, { fileURL }: { fileURL: URL }) => renderHere(text, fileURL),
        } as unknown as LoaderContext;
        await expect(mdxFiles({ base: 'faq', depth: 1, pipeline: 'p', workers: 2, workersFrom }).load(context)).rejects.toThrow(
          /03\.mdx:\d+: expected a fenced code block with a language/,
        );
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(unhandled).toEqual([]);
      // The pool was released: the next one is new, and works.
      const next = sharedPool.acquire(1);
      expect((await next.render('---\ntitle: y\n---\n\nafter\n', pathToFileURL('/y.mdx'))).html).toBe('<p>after</p>');
      await sharedPool.release();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  }, 60_000);
});
