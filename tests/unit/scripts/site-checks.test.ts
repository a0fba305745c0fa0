import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (dir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['scripts/check-links.mjs', dir], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('scripts/check-links.mjs', () => {
  it('fails with the page and the link for a missing page, a missing fragment and an unsafe external link', () => {
    const result = run('tests/fixtures/site-broken', { KB_MIN_LINKS: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('index.html: link "/en/faq/missing/" points to /en/faq/missing/, which does not exist');
    expect(result.stderr).toContain(
      'index.html: link "/en/faq/x/#nowhere" points to #nowhere, which en/faq/x/index.html does not have',
    );
    expect(result.stderr).toContain('index.html: external link "https://example.com/" needs rel="noopener noreferrer"');
    expect(result.stderr.trim().split('\n')).toHaveLength(3);
    expect(result.stdout).toContain('3 problem(s)');
  });

  it('rejects an external link with noopener but no noreferrer', () => {
    const result = run('tests/fixtures/site-noopener-only', { KB_MIN_LINKS: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('external link "https://example.com/" needs rel="noopener noreferrer"');
  });

  it('fails when it checked fewer links than a whole site has', () => {
    const result = run('tests/fixtures/site-noopener-only', { KB_MIN_LINKS: '5' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('expected at least 5 internal links in tests/fixtures/site-noopener-only, found 1');
  });
});

describe('scripts/validate-html.mjs', () => {
  it('fails when it validated fewer pages than the site has', () => {
    const result = spawnSync(process.execPath, ['scripts/validate-html.mjs', 'tests/fixtures/site-noopener-only'], {
      encoding: 'utf8',
      env: { ...process.env, KB_MIN_PAGES: '2' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('expected at least 2 pages in tests/fixtures/site-noopener-only, found 1');
  });
});

describe('scripts/check-copy.mjs', () => {
  it('fails, instead of passing, when the source texts are missing', () => {
    const result = spawnSync(process.execPath, ['scripts/check-copy.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, KB_SOURCES: 'tests/fixtures/no-such-sources' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('expected tests/fixtures/no-such-sources (../shared beside the project), found nothing');
  });
});
