import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('scripts/check-links.mjs', () => {
  it('fails with the page and the link for a missing page, a missing fragment and an unsafe external link', () => {
    const run = spawnSync(process.execPath, ['scripts/check-links.mjs', 'tests/fixtures/site-broken'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('index.html: link "/en/faq/missing/" points to /en/faq/missing/, which does not exist');
    expect(run.stderr).toContain(
      'index.html: link "/en/faq/x/#nowhere" points to #nowhere, which en/faq/x/index.html does not have',
    );
    expect(run.stderr).toContain('index.html: external link "https://example.com/" needs rel="noopener noreferrer"');
    expect(run.stderr.trim().split('\n')).toHaveLength(3);
    expect(run.stdout).toContain('3 broken');
  });
});
