// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeKeys } from './src/i18n/locales.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { codeCssPlugin } from './src/markdown/vite-code-css.ts';
import { markdownProcessor, syntaxHighlight } from './src/markdown/processor.ts';
import { leanPreloadHelper } from './src/lib/vite-lean-preload.ts';

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
  // The pipeline and why (src/markdown/processor.ts): the content loader renders with it, in worker threads.
  markdown: { syntaxHighlight, processor: markdownProcessor },
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
