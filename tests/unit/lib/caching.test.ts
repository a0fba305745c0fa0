import { describe, expect, it } from 'vitest';
import { cacheControl, IMMUTABLE, REVALIDATE } from '../../../src/lib/caching.ts';

describe('cacheControl', () => {
  it('lets a browser keep files named by their content for a year without asking again', () => {
    for (const path of [
      '/_astro/Base.B_oqB-dO.css',
      '/_astro/render.DxhqL7kw.js',
      '/pagefind/index/en_5849b3f.pf_index',
      '/pagefind/fragment/en_1717217.pf_fragment',
      '/pagefind/filter/en_6a51be2.pf_filter',
      '/pagefind/pagefind.en_d7edd85567.pf_meta',
      '/en/search-index/0123456789abcdef/f/12.json',
      '/zh/search-index/0123456789abcdef/r/9999.json',
    ])
      expect(cacheControl(path), path).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    // A path from the root written without its leading slash is the same file.
    expect(cacheControl('_astro/Base.B_oqB-dO.css')).toBe(IMMUTABLE);
  });

  it('has every file that keeps its name across deploys asked for again', () => {
    for (const path of [
      '/',
      '/en/faq/vswitch-ip-exhausted/',
      '/en/faq/vswitch-ip-exhausted/index.html',
      '/en/search-index.json',
      '/en/errors/pages.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
      '/pagefind/pagefind-worker.js',
      '/sitemap.xml',
      '/favicon.svg',
      '/404.html',
    ])
      expect(cacheControl(path), path).toBe(REVALIDATE);
    expect(REVALIDATE).toBe('no-cache');
  });

  it('matches whole path parts, not names that only look alike', () => {
    // Not in a hashed folder, or one folder deeper than Pagefind writes.
    expect(cacheControl('/en/_astro/x.js')).toBe(REVALIDATE);
    expect(cacheControl('/_astro/')).toBe(REVALIDATE);
    expect(cacheControl('/_astro/sub/x.js')).toBe(REVALIDATE);
    expect(cacheControl('/pagefind/index/')).toBe(REVALIDATE);
    expect(cacheControl('/pagefind/index/a/b.pf_index')).toBe(REVALIDATE);
    expect(cacheControl('/pagefind/indexes/en_1.pf_index')).toBe(REVALIDATE);
    expect(cacheControl('/pagefind/pagefind.pf_meta')).toBe(REVALIDATE);
    expect(cacheControl('/pagefind/pagefind.en_1.pf_meta.bak')).toBe(REVALIDATE);
    expect(cacheControl('/pagefind/sub/pagefind.en_1.pf_meta')).toBe(REVALIDATE);
    // A split language's parts only in a folder named by a 16-digit hash, one folder below it.
    expect(cacheControl('/en/search-index/f/12.json')).toBe(REVALIDATE);
    expect(cacheControl('/en/search-index/0123456789abcde/f/12.json')).toBe(REVALIDATE);
    expect(cacheControl('/en/search-index/0123456789abcdef/f/a/12.json')).toBe(REVALIDATE);
    expect(cacheControl('/kb/en/search-index/0123456789abcdef/f/12.json')).toBe(REVALIDATE);
  });
});
