import { expect, test } from '@playwright/test';

test('an entry page shows applies-to, symptom and cause, and its sections with language-neutral anchors', async ({ page }) => {
  await page.goto('/ja/faq/vswitch-ip-exhausted/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('vSwitch の IP アドレスが枯渇');
  const applies = page.getByRole('region', { name: '適用範囲' });
  await expect(applies.getByRole('link', { name: 'Terway' })).toHaveAttribute('href', '/ja/plugin/terway/');
  await expect(page.locator('code[data-error]', { hasText: 'InvalidVSwitchId.IpNotEnough' })).toBeVisible();
  for (const [anchor, text] of [
    ['symptom', '症状'],
    ['cause', '原因'],
    ['solution', '解決策'],
    ['verify', '確認'],
  ]) {
    await expect(page.locator(`h2#${anchor}`)).toHaveText(text!);
  }
  await expect(page.locator('h3#step-1')).toContainText('1.');
  await expect(page.locator('h3#step-4')).toContainText('Terway を再起動する');
});

test('the same anchors exist in every language', async ({ page }) => {
  const anchors: string[][] = [];
  for (const lang of ['zh', 'ja', 'en']) {
    await page.goto(`/${lang}/faq/vswitch-ip-exhausted/`);
    anchors.push(await page.locator('.prose :is(h2, h3)').evaluateAll((hs) => hs.map((h) => h.id)));
  }
  expect(anchors[0]).toEqual(['symptom', 'cause', 'solution', 'step-1', 'step-2', 'step-3', 'step-4', 'verify']);
  expect(anchors[1]).toEqual(anchors[0]);
  expect(anchors[2]).toEqual(anchors[0]);
});

test('the language switcher lands on the same entry and keeps the fragment', async ({ page }) => {
  await page.goto('/zh/faq/vswitch-ip-exhausted/#step-2');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL('/ja/faq/vswitch-ip-exhausted/#step-2');
  await expect(page.locator('h3#step-2')).toBeInViewport();
  await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/faq/vswitch-ip-exhausted/#step-2');
});

test('entry pages declare canonical and hreflang alternates for all three languages', async ({ page }) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const alternates = await page
    .locator('link[rel=alternate]')
    .evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`));
  expect(alternates).toEqual([
    'zh-CN /zh/faq/vswitch-ip-exhausted/',
    'ja /ja/faq/vswitch-ip-exhausted/',
    'en /en/faq/vswitch-ip-exhausted/',
    'x-default /en/faq/vswitch-ip-exhausted/',
  ]);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/en\/faq\/vswitch-ip-exhausted\/$/);
});

test('code blocks are highlighted at build time, with captions and an output frame', async ({ page }) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const terminal = page.locator('figure.code[data-kind=shell]').first();
  await expect(terminal.locator('figcaption > span')).toHaveText('Terminal');
  await expect(terminal.locator('pre.shiki span[class^=l]').first()).toBeVisible();
  await expect(page.locator('figure.code[data-kind=output] figcaption').first()).toHaveText('Output');
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const toggle = page.getByRole('button', { name: 'Toggle dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(13, 17, 23)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Toggle dark mode' })).toHaveAttribute('aria-pressed', 'true');
});

test('the dark theme follows the system when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/zh/');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(13, 17, 23)');
});

test('a troubleshooting entry with a mitigation shows it first, labelled, then the lasting fix', async ({ page }) => {
  for (const [lang, mitigate, fix] of [
    ['en', 'Mitigate now', 'Fix for good'],
    ['zh', '立即止损', '彻底解决'],
    ['ja', '応急処置', '恒久対策'],
  ] as const) {
    await page.goto(`/${lang}/faq/conntrack-table-full/`);
    // In document order: the mitigation label, step 1, the lasting-fix label, step 2.
    const order = await page
      .locator('.prose .step-group, .prose h3')
      .evaluateAll((els) => els.map((e) => (e.matches('.step-group') ? e.textContent : e.id)));
    expect(order.slice(0, 4)).toEqual([mitigate, 'step-1', fix, 'step-2']);
  }
});

test('an entry says when its facts were last checked, and against which sources', async ({ page }) => {
  await page.goto('/en/faq/conntrack-table-full/');
  const footer = page.locator('article > footer');
  await expect(footer).toContainText('Fact-checked: 2026-11-30 against the sources below (edition dates in parentheses)');
  await footer.getByText('Sources', { exact: true }).click();
  await expect(footer.getByRole('listitem').first()).toContainText(/\(\d{4}-\d{2}-\d{2}|\(older edition|\(undated/);
});
