import { resolve } from 'node:path';

/**
 * Build-time settings read from the environment, so one code base can build
 * the real site, a fixture tree, a 1,000-entry scale test or a copy under a
 * sub-path:
 * - `KB_CONTENT_DIR`: folder holding `faq/<locale>/<id>.mdx` (default `content`);
 * - `KB_SITE`: the public origin, for canonical URLs and the sitemap;
 * - `KB_BASE`: the sub-path the site is served under (default `/`);
 * - `KB_OUT_DIR`: where the build goes (default `dist`).
 */
export function siteConfig(env: Record<string, string | undefined> = process.env) {
  const base = normalizeBase(env.KB_BASE ?? '/');
  return {
    contentDir: resolve(env.KB_CONTENT_DIR ?? 'content'),
    site: env.KB_SITE ?? 'https://ack-network-kb.example.com',
    base,
    outDir: env.KB_OUT_DIR ?? 'dist',
  };
}

/** `kb`, `/kb`, `/kb/` all become `/kb/`; empty becomes `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
