import { expect, test } from '@playwright/test';
import { RENAMED_PORT } from '../../playwright.config.ts';

// A fixture site (tests/fixtures/content/renamed) where entry "beta" was renamed to "gamma".
test.use({ baseURL: `http://localhost:${RENAMED_PORT}` });

for (const lang of ['zh', 'ja', 'en']) {
  test(`the old id redirects to the renamed entry in ${lang}, fragment kept`, async ({ page }) => {
    await page.goto(`/${lang}/faq/beta/#step-2`);
    await page.waitForURL(`**/${lang}/faq/gamma/#step-2`);
    await expect(page.locator('h3#step-2')).toBeVisible();
  });
}

test('a second former id redirects too, keeping the cluster in the query', async ({ page }) => {
  await page.goto('/en/faq/beta-old/?plugin=flannel#cause');
  await page.waitForURL('**/en/faq/gamma/?plugin=flannel#cause');
});

test('/go/ with an old id sends the reader to the renamed entry in their language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/go/beta/?plugin=terway#cause');
  await page.waitForURL('**/ja/faq/gamma/?plugin=terway#cause');
  await context.close();
});

test('without JavaScript the old URL still leads to the entry (meta refresh)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/faq/beta/');
  await page.waitForURL('**/zh/faq/gamma/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例条目 2');
  await context.close();
});

test('a sitemap larger than a file holds is split, and the index names every file', async ({ request }) => {
  // This fixture is built with KB_SITEMAP_URLS=10 (the real limit is 50,000 URLs a file).
  const index = await (await request.get('/sitemap.xml')).text();
  const files = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => new URL(m[1]!).pathname);
  expect(files.length).toBeGreaterThanOrEqual(3);
  expect(files).toEqual(files.map((_, n) => `/sitemap-${n}.xml`));
  const locs: string[] = [];
  for (const [n, path] of files.entries()) {
    const xml = await (await request.get(path)).text();
    const here = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(here.length, path).toBeLessThanOrEqual(10);
    // Every file but the last is full.
    if (n < files.length - 1) expect(here.length, path).toBe(10);
    locs.push(...here);
  }
  expect(new Set(locs).size).toBe(locs.length);
  for (const lang of ['zh', 'ja', 'en']) {
    expect(locs).toContain(`/${lang}/faq/alpha/`);
    expect(locs).toContain(`/${lang}/faq/gamma/`);
    expect(locs).not.toContain(`/${lang}/faq/beta/`);
  }
  expect((await request.get(`/sitemap-${files.length}.xml`)).status()).toBe(404);
});
