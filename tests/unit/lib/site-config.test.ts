import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeBase, siteConfig } from '../../../src/lib/site-config.ts';

describe('siteConfig', () => {
  it('defaults to the content folder, the public origin, the root path and dist', () => {
    expect(siteConfig({})).toEqual({
      contentDir: resolve('content'),
      site: 'https://ack-network-kb.example.com',
      base: '/',
      outDir: 'dist',
    });
  });
  it('reads every setting from the environment, the base normalized', () => {
    expect(
      siteConfig({
        KB_CONTENT_DIR: 'tests/fixtures/content/valid',
        KB_SITE: 'https://kb.example.cn',
        KB_BASE: 'kb',
        KB_OUT_DIR: 'dist-kb',
      }),
    ).toEqual({
      contentDir: resolve('tests/fixtures/content/valid'),
      site: 'https://kb.example.cn',
      base: '/kb/',
      outDir: 'dist-kb',
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
