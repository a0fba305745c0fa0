import { describe, expect, it } from 'vitest';
import { fileLocale } from '../../../src/markdown/file-locale.ts';

describe('fileLocale', () => {
  it.each([
    ['/site/content/faq/ja/alpha.mdx', 'ja'],
    ['faq/zh/alpha.mdx', 'zh'],
    ['tests/fixtures/content/valid/faq/en/beta.mdx', 'en'],
    ['/site/content/triage/ja/dns/start.mdx', 'ja'],
    ['triage/zh/pod-no-ip/check-events.mdx', 'zh'],
  ])('reads %j as %j', (path, locale) => {
    expect(fileLocale(path)).toBe(locale);
  });
  it.each([
    undefined,
    '',
    '/site/content/faq/fr/alpha.mdx',
    '/site/docs/ja/alpha.mdx',
    '/site/faq/alpha.mdx',
    'ja/alpha.mdx',
    '/site/content/triage/fr/dns/start.mdx',
    '/site/content/triage/ja/start.mdx',
    '/site/content/other/ja/dns/start.mdx',
  ])('gives no locale for %j', (path) => {
    expect(fileLocale(path)).toBeUndefined();
  });
});
