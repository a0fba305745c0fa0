import { unified } from '@astrojs/markdown-remark';
import { rehypeCode } from './rehype-code.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeEntryHeadings } from './rehype-headings.ts';
import { rehypeProse } from './rehype-prose.ts';

/**
 * The site's Markdown pipeline. astro.config.mjs hands it to Astro (with
 * Astro's own highlighting off: Shiki runs inside rehypeCode, which also
 * frames the blocks), and the render workers (render-pool.ts) build the same
 * renderer from it, so a body renders alike in either.
 *
 * No SmartyPants: it turned the straight quotes of literal strings in prose
 * into curly ones ("can't found dev by mac" became "can’t…" in link text, so
 * a copied message no longer matched the log) and took a quarter of the
 * rendering time.
 */
export const markdownProcessor = unified({
  // Set here, not left to astro.config.mjs's markdown options: the workers see only this.
  gfm: true,
  smartypants: false,
  rehypePlugins: [rehypeEntryHeadings, rehypeCode, rehypeProse, rehypeExternalLinks],
});

/** `markdown.syntaxHighlight` in astro.config.mjs, and what the workers render with. */
export const syntaxHighlight = false;
