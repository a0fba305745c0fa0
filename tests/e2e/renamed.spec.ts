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
