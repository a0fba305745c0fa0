/**
 * How long a browser may keep each file of the built site: the local server
 * (scripts/serve.mjs) sends these headers, and README "Building for a host"
 * gives the same rules for other hosts.
 *
 * A file whose name carries a hash of its content never changes under that
 * name: Astro's bundles in `_astro/`, and Pagefind's index, fragment and
 * filter chunks and its per-language `.pf_meta`, and the parts of a split
 * language's search data (`{lang}/search-index/{hash}/…`). A browser keeps those for a
 * year without asking again, so the second page a reader opens needs no round
 * trip for its stylesheet (which blocks the first paint) or its scripts.
 * Everything else — pages, `search-index.json`, `pagefind.js`, its WebAssembly
 * and entry file, the sitemap — keeps its name across deploys and is asked
 * for again each time (`no-cache`: a 304 when unchanged), so a deploy shows at once.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** The files whose names carry their content's hash, by path from the site's root. */
const HASHED: readonly RegExp[] = [
  /^_astro\/[^/]+$/,
  // A split language's search data parts, in a folder named by a hash of them all (search-data.ts).
  /^[a-z]{2}\/search-index\/[0-9a-f]{16}\/[a-z]\/[^/]+$/,
  /^pagefind\/(?:index|fragment|filter)\/[^/]+$/,
  /^pagefind\/pagefind\.[^/]+\.pf_meta$/,
];

/** The Cache-Control value for a file of the built site, by its path from the site's root (`/_astro/…`). */
export function cacheControl(path: string): string {
  const rel = path.replace(/^\//, '');
  return HASHED.some((re) => re.test(rel)) ? IMMUTABLE : REVALIDATE;
}
