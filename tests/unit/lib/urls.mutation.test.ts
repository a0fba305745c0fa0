import { afterEach, describe, expect, it, vi } from 'vitest';
import { switchLocaleUrl } from '../../../src/lib/urls.ts';

describe('switchLocaleUrl outside the base', () => {
  it('sends a relative path home even when a locale follows its first character', () => {
    expect(switchLocaleUrl('xen/faq/x/', 'ja')).toBe('/ja/');
    expect(switchLocaleUrl('.zh/faq/x/?a=1', 'en')).toBe('/en/');
  });
});

describe('BASE without a configured base URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  it('serves the site from the root when the build tool sets no BASE_URL', async () => {
    vi.stubEnv('BASE_URL', undefined);
    vi.resetModules();
    const urls = await import('../../../src/lib/urls.ts');
    expect(urls.BASE).toBe('/');
    expect(urls.homeUrl('en')).toBe('/en/');
  });
  it('adds the trailing slash to a base set without one, and keeps one that has it', async () => {
    vi.stubEnv('BASE_URL', '/kb');
    vi.resetModules();
    const urls = await import('../../../src/lib/urls.ts');
    expect(urls.BASE).toBe('/kb/');
    expect(urls.entryUrl('en', 'x')).toBe('/kb/en/faq/x/');
    expect(urls.switchLocaleUrl('/kb/zh/faq/x/', 'ja')).toBe('/kb/ja/faq/x/');
    vi.stubEnv('BASE_URL', '/kb/');
    vi.resetModules();
    expect((await import('../../../src/lib/urls.ts')).BASE).toBe('/kb/');
  });
});
