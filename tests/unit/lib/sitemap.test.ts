import { describe, expect, it } from 'vitest';
import { sitemapChunks, sitemapFile, sitemapIndexXml, urlsetXml, URLS_PER_SITEMAP } from '../../../src/lib/sitemap.ts';

describe('sitemapChunks', () => {
  it('splits pages into files of at most the limit, in order', () => {
    expect(sitemapChunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(sitemapChunks([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(sitemapChunks([1], 2)).toEqual([[1]]);
    expect(sitemapChunks([1, 2], 1)).toEqual([[1], [2]]);
  });
  it('keeps 50,000 URLs, the protocol’s limit, to a file by default', () => {
    const pages = Array.from({ length: 2 * URLS_PER_SITEMAP + 1 }, (_, i) => i);
    expect(sitemapChunks(pages).map((c) => c.length)).toEqual([50_000, 50_000, 1]);
    expect(URLS_PER_SITEMAP).toBe(50_000);
  });
  it('gives one empty file for no pages, so the index is never empty', () => {
    expect(sitemapChunks([], 10)).toEqual([[]]);
  });
  it.each([0, -1, 1.5])('refuses %s URLs per file', (n) => {
    expect(() => sitemapChunks([1], n)).toThrow(`expected a positive whole number of URLs per file, found ${n}`);
  });
});

describe('urlsetXml', () => {
  it('lists each page with its alternates, escaping ampersands and angle brackets', () => {
    expect(
      urlsetXml([
        {
          loc: 'https://x.example/en/a/?q=1&b=<2>',
          alternates: [
            ['zh-CN', 'https://x.example/zh/a/'],
            ['x-default', 'https://x.example/en/a/'],
          ],
        },
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
        '<url><loc>https://x.example/en/a/?q=1&amp;b=&lt;2></loc>' +
        '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://x.example/zh/a/"/>' +
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://x.example/en/a/"/></url>\n' +
        '</urlset>\n',
    );
  });
  it('puts each page on its own line', () => {
    const page = (loc: string) => ({ loc, alternates: [] });
    expect(urlsetXml([page('https://x.example/a/'), page('https://x.example/b/')])).toContain(
      '<url><loc>https://x.example/a/</loc></url>\n<url><loc>https://x.example/b/</loc></url>\n</urlset>',
    );
  });
});

describe('sitemapIndexXml', () => {
  it('names every file', () => {
    expect(sitemapIndexXml(['https://x.example/kb/sitemap-0.xml', 'https://x.example/kb/sitemap-1.xml?a&b'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<sitemap><loc>https://x.example/kb/sitemap-0.xml</loc></sitemap>\n' +
        '<sitemap><loc>https://x.example/kb/sitemap-1.xml?a&amp;b</loc></sitemap>\n' +
        '</sitemapindex>\n',
    );
  });
  it('names files under the base', () => {
    expect(sitemapFile('/kb/', 3)).toBe('/kb/sitemap-3.xml');
    expect(sitemapFile('/', 0)).toBe('/sitemap-0.xml');
  });
});
