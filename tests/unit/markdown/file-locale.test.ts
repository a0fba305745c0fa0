import { describe, expect, it } from 'vitest';
import { fileLocale } from '../../../src/markdown/file-locale.ts';

describe('fileLocale', () => {
  it.each([
    ['/site/content/faq/ja/alpha.mdx', 'ja'],
    ['faq/zh/alpha.mdx', 'zh'],
    ['tests/fixtures/content/valid/faq/en/beta.mdx', 'en'],
  ])('reads %j as %j', (path, locale) => {
    expect(fileLocale(path)).toBe(locale);
  });
  it.each([undefined, '', '/site/content/faq/fr/alpha.mdx', '/site/docs/ja/alpha.mdx', '/site/faq/alpha.mdx', 'ja/alpha.mdx'])(
    'gives no locale for %j',
    (path) => {
      expect(fileLocale(path)).toBeUndefined();
    },
  );
});
