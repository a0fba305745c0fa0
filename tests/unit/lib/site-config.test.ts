import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeBase, siteConfig, sitemapUrls } from '../../../src/lib/site-config.ts';

describe('siteConfig', () => {
  it('defaults to the content folder, the public origin, the root path and dist', () => {
    expect(siteConfig({})).toEqual({
      contentDir: resolve('content'),
      site: 'https://ack-network-kb.example.com',
      base: '/',
      outDir: 'dist',
      sitemapUrls: 50_000,
    });
  });
  it('reads every setting from the environment, the base normalized', () => {
    expect(
      siteConfig({
        KB_CONTENT_DIR: 'tests/fixtures/content/valid',
        KB_SITE: 'https://kb.example.cn',
        KB_BASE: 'kb',
        KB_OUT_DIR: 'dist-kb',
        KB_SITEMAP_URLS: '20',
      }),
    ).toEqual({
      contentDir: resolve('tests/fixtures/content/valid'),
      site: 'https://kb.example.cn',
      base: '/kb/',
      outDir: 'dist-kb',
      sitemapUrls: 20,
    });
  });
  it('reads process.env when given no environment', () => {
    expect(siteConfig().outDir).toBe(process.env.KB_OUT_DIR ?? 'dist');
  });
});

describe('normalizeBase edge cases', () => {
  it.each([
    ['//kb//', '/kb/'],
    ['a/b', '/a/b/'],
    ['///', '/'],
  ])('%j becomes %j', (input, output) => {
    expect(normalizeBase(input)).toBe(output);
  });
});

describe('sitemapUrls', () => {
  it('takes a whole number from 1 to 50,000, and 50,000 when unset', () => {
    expect(sitemapUrls(undefined)).toBe(50_000);
    expect(sitemapUrls('')).toBe(50_000);
    expect(sitemapUrls('1')).toBe(1);
    expect(sitemapUrls('50000')).toBe(50_000);
  });
  it.each(['0', '50001', '2.5', 'ten', '-3'])('refuses %j, naming the variable and what it expected', (value) => {
    expect(() => sitemapUrls(value)).toThrow(
      `KB_SITEMAP_URLS: expected a whole number from 1 to 50000, found ${JSON.stringify(value)}`,
    );
  });
});
