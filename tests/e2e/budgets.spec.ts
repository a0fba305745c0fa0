import { expect, test } from '@playwright/test';
import { measurePage } from '../../scripts/check-budgets.mjs';

/**
 * The size check (scripts/check-budgets.mjs) reads the files; this proves it
 * reads what the browser really fetches: the same scripts before any
 * interaction, and the copy logic only after the first copy.
 */
test('a first visit fetches exactly the scripts the budget check counts, and the copy logic only on first use', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.replace(/^\//, ''));
  });
  await page.goto('/en/faq/vswitch-ip-exhausted/', { waitUntil: 'networkidle' });
  const measured = measurePage('dist', 'dist/en/faq/vswitch-ip-exhausted/index.html');
  const snippetFiles = measured.lazy['snippets']!.files;
  expect(snippetFiles.length).toBeGreaterThan(0);
  for (const f of snippetFiles) expect(scripts).not.toContain(f);
  const before = scripts.length;

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: /^Copy/ }).first().click();
  await expect.poll(() => scripts.slice(before)).toEqual(expect.arrayContaining(snippetFiles));
});

test('a first search fetches one search-data file and no Pagefind worker, and no fragment for a known-error hit', async ({
  page,
}) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/', { waitUntil: 'networkidle' });
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  await page.fill('#header-search', 'InvalidVSwitchId.IpNotEnough');
  const hits = page.locator('#header-search-results [role="option"]');
  await expect(hits.first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const known = await page.locator('#header-search-results .badge-known').count();
  expect(known).toBeGreaterThan(0);
  expect(paths.filter((p) => p.endsWith('.json') && !p.startsWith('/pagefind/'))).toEqual(['/en/search-index.json']);
  expect(paths.filter((p) => p.includes('pagefind-worker'))).toEqual([]);
  // Three scripts: the search box's code, the engine with its renderer (one chunk), and Pagefind's.
  expect(paths.filter((p) => p.endsWith('.js'))).toHaveLength(3);
  expect(paths.filter((p) => p.endsWith('.js'))).toContain('/pagefind/pagefind.js');
  // No cluster described: the cluster code is not among them.
  expect(paths.filter((p) => p.includes('cluster'))).toEqual([]);
  // Only results shown with an excerpt need their fragment: a known-error hit shows its error instead.
  expect(paths.filter((p) => p.startsWith('/pagefind/fragment/')).length).toBeLessThanOrEqual((await hits.count()) - known);
});
