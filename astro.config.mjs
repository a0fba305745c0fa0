// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeKeys } from './src/i18n/locales.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { codeCssPlugin } from './src/markdown/vite-code-css.ts';
import { leanPreloadHelper } from './src/lib/vite-lean-preload.ts';
import { rehypeCode } from './src/markdown/rehype-code.ts';
import { rehypeEntryHeadings } from './src/markdown/rehype-headings.ts';
import { rehypeExternalLinks } from './src/markdown/rehype-external-links.ts';
import { rehypeProse } from './src/markdown/rehype-prose.ts';

const { site, base, outDir } = siteConfig();

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // Scripts and styles as files, not inline: cached across pages, and the CSP needs no hash per script.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...localeKeys],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Shiki runs inside rehypeCode, which also frames the blocks; Astro's own pass is off.
    syntaxHighlight: false,
    // No SmartyPants: it turned the straight quotes of literal strings in prose into curly ones
    // ("can't found dev by mac" became "can’t…" in link text, so a copied message no longer
    // matched the log) and took a quarter of the rendering time.
    processor: unified({
      smartypants: false,
      rehypePlugins: [rehypeEntryHeadings, rehypeCode, rehypeProse, rehypeExternalLinks],
    }),
  },
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss(), codeCssPlugin(), leanPreloadHelper()],
    build: {
      assetsInlineLimit: 0,
      modulePreload: false,
    },
  },
  devToolbar: { enabled: false },
});
