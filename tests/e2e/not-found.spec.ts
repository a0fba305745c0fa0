import { expect, test } from '@playwright/test';

for (const [lang, title] of [
  ['zh', '页面不存在'],
  ['ja', 'ページが見つかりません'],
  ['en', 'Page not found'],
] as const) {
  test(`an unknown URL under /${lang}/ gets the ${lang} 404 page with status 404`, async ({ page }) => {
    const response = await page.goto(`/${lang}/faq/no-such-entry/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : lang);
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  });
}

test('an unknown URL outside the languages gets the default 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
