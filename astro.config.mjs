// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { defaultLocale, localeKeys } from './src/i18n/locales.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { codeCssPlugin } from './src/markdown/vite-code-css.ts';
import { rehypeCode } from './src/markdown/rehype-code.ts';
import { rehypeEntryHeadings } from './src/markdown/rehype-headings.ts';
import { rehypeExternalLinks } from './src/markdown/rehype-external-links.ts';

const { site, base, outDir } = siteConfig();

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: [...localeKeys],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Shiki runs inside rehypeCode, which also frames the blocks; Astro's own pass is off.
    syntaxHighlight: false,
    processor: unified({ rehypePlugins: [rehypeEntryHeadings, rehypeCode, rehypeExternalLinks] }),
  },
  integrations: [mdx()],
  vite: {
    plugins: [tailwindcss(), codeCssPlugin()],
  },
  devToolbar: { enabled: false },
  // A strict CSP as a <meta> tag on every page: hashed scripts and styles, no
  // other origins. Pagefind needs 'wasm-unsafe-eval' and a same-origin worker.
  // README: hosting shows the same policy as an HTTP header.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
