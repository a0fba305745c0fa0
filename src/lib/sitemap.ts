/**
 * Sitemaps as the protocol (sitemaps.org) allows them: a file holds at most
 * 50,000 URLs, so `/sitemap.xml` is an index of `sitemap-<n>.xml` files, each
 * page listed with its hreflang alternates. At 58 entries one file holds the
 * site; at 10,000 entries a language the index names several.
 */

/** The protocol's limit of URLs in one sitemap file. */
export const URLS_PER_SITEMAP = 50_000;

/** One page: its address and the address of each language version (hreflang → URL), x-default included. */
export interface SitemapPage {
  readonly loc: string;
  readonly alternates: readonly (readonly [hreflang: string, href: string])[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The pages split into files of at most `perFile` URLs, in order; at least one (empty) file. */
export function sitemapChunks<T>(pages: readonly T[], perFile = URLS_PER_SITEMAP): T[][] {
  if (!Number.isInteger(perFile) || perFile < 1)
    throw new RangeError(`expected a positive whole number of URLs per file, found ${perFile}`);
  const chunks: T[][] = [];
  for (let i = 0; i < pages.length; i += perFile) chunks.push(pages.slice(i, i + perFile));
  return chunks.length ? chunks : [[]];
}

/** One sitemap file: a `<urlset>` of the pages with their alternates. */
export function urlsetXml(pages: readonly SitemapPage[]): string {
  const urls = pages.map(
    (p) =>
      `<url><loc>${escape(p.loc)}</loc>${p.alternates
        .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escape(href)}"/>`)
        .join('')}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The sitemap index: one `<sitemap>` per file. */
export function sitemapIndexXml(files: readonly string[]): string {
  const items = files.map((f) => `<sitemap><loc>${escape(f)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** The file name of the n-th sitemap (from 0), under the site's base. */
export const sitemapFile = (base: string, n: number) => `${base}sitemap-${n}.xml`;
