// A worker thread of render-pool.ts: renders Markdown bodies with the site's
// pipeline (processor.ts) exactly as Astro's content layer does for a loader's
// renderMarkdown, and posts back the same result.
// Stryker disable all: it runs only in a worker thread, where the test runner cannot switch a mutant
// on; tests/unit/markdown/render-pool.test.ts holds its output to the in-process renderer's.
import { parentPort } from 'node:worker_threads';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { markdownProcessor, syntaxHighlight } from './processor.ts';
import type { RenderRequest, RenderReply } from './render-pool.ts';

type Shared = Parameters<typeof markdownProcessor.createRenderer>[0];
// What Astro's content layer passes (content-layer.js, #processMarkdown) that matters here: the
// processor sets gfm and smartypants itself, astro.config.mjs sets no other markdown or image option
// (tests/unit/markdown/render-pool.test.ts holds it to that), and bodies hold no images (rule mdx-syntax).
const renderer = await markdownProcessor.createRenderer({ syntaxHighlight } as Shared);

parentPort!.on('message', (request: RenderRequest) => {
  void render(request).then((reply) => {
    try {
      parentPort!.postMessage(reply);
    } catch (error) {
      // A result that cannot be sent fails its own file, not the worker and every file it holds.
      parentPort!.postMessage({ id: request.id, error: `could not send the result: ${(error as Error).message}` });
    }
  });
});

async function render({ id, contents, fileURL }: RenderRequest): Promise<RenderReply> {
  try {
    const { frontmatter, content } = parseFrontmatter(contents);
    const { code, metadata } = await renderer.render(content, { frontmatter, fileURL: new URL(fileURL) });
    const imagePaths = (metadata.localImagePaths ?? []).concat(metadata.remoteImagePaths ?? []);
    return { id, rendered: { html: code, metadata: { ...metadata, imagePaths } } };
  } catch (error) {
    return { id, error: (error as Error)?.message ?? String(error) };
  }
}
