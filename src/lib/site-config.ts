import { resolve } from 'node:path';
import { URLS_PER_SITEMAP } from './sitemap.ts';

/**
 * Build-time settings read from the environment, so one code base can build
 * the real site, a fixture tree, a 1,000-entry scale test or a copy under a
 * sub-path:
 * - `KB_CONTENT_DIR`: folder holding `faq/<locale>/<id>.mdx` (default `content`);
 * - `KB_SITE`: the public origin, for canonical URLs and the sitemap;
 * - `KB_BASE`: the sub-path the site is served under (default `/`);
 * - `KB_OUT_DIR`: where the build goes (default `dist`);
 * - `KB_SITEMAP_URLS`: URLs per sitemap file (default and most the protocol allows: 50,000), lower
 *   only so a small fixture can show the sitemap index splitting.
 */
export function siteConfig(env: Record<string, string | undefined> = process.env) {
  const base = normalizeBase(env.KB_BASE ?? '/');
  return {
    contentDir: resolve(env.KB_CONTENT_DIR ?? 'content'),
    site: env.KB_SITE ?? 'https://ack-network-kb.example.com',
    base,
    outDir: env.KB_OUT_DIR ?? 'dist',
    sitemapUrls: sitemapUrls(env.KB_SITEMAP_URLS),
  };
}

/** `kb`, `/kb`, `/kb/` all become `/kb/`; empty becomes `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** URLs per sitemap file: a whole number from 1 to 50,000 (the protocol's limit), 50,000 when unset. */
export function sitemapUrls(value: string | undefined): number {
  if (value === undefined || value === '') return URLS_PER_SITEMAP;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > URLS_PER_SITEMAP)
    throw new RangeError(
      `KB_SITEMAP_URLS: expected a whole number from 1 to ${URLS_PER_SITEMAP}, found ${JSON.stringify(value)}`,
    );
  return n;
}
