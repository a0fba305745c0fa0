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

test('prose keeps the quotes it was written with, so a message quoted in the text reads as the log prints it', async ({
  page,
}) => {
  await page.goto('/zh/faq/terway-pod-lifecycle/');
  // A straight apostrophe, as Terway prints it; curly quotes in the text would not match a pasted log line.
  await expect(page.getByRole('main').getByRole('link', { name: "创建 Pod 失败，报错 can't found dev by mac" })).toHaveAttribute(
    'href',
    '../terway-cant-found-dev-by-mac/',
  );
  await page.goto('/en/faq/plan-cluster-cidrs/');
  await expect(page.getByRole('main')).toContainText('What "pod addresses" means');
  await expect(page.getByRole('main')).not.toContainText(/[‘’“”]/);
});

test('the theme button goes through dark, light and back to following the system, and names the state it is in', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const banner = page.getByRole('banner');
  await banner.getByRole('button', { name: 'Theme: follow the system' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).toBe('rgb(13, 17, 23)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await banner.getByRole('button', { name: 'Theme: dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await bg()).toBe('rgb(255, 255, 255)');
  await banner.getByRole('button', { name: 'Theme: light' }).click();
  // Back to following the system: nothing stored, and the page follows the system again, also after a reload.
  await expect(banner.getByRole('button', { name: 'Theme: follow the system' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => localStorage.getItem('kb-theme'))).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  expect(await bg()).toBe('rgb(13, 17, 23)');
  await expect(banner.getByRole('button', { name: 'Theme: follow the system' })).toBeVisible();
  // Under a dark system the first click shows the light theme: every click but the last changes the page.
  await banner.getByRole('button', { name: 'Theme: follow the system' }).click();
  await expect(banner.getByRole('button', { name: 'Theme: light' })).toBeVisible();
  expect(await bg()).toBe('rgb(255, 255, 255)');
});

test('a stored theme is there from the first frame, named in the reader’s language', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/zh/');
  await page.evaluate(() => localStorage.setItem('kb-theme', 'dark'));
  // The first animation frame runs before the first paint: the colour it sees is the one painted first.
  await page.addInitScript(() =>
    requestAnimationFrame(() => {
      (window as unknown as { __first: string }).__first = getComputedStyle(document.documentElement).backgroundColor;
    }),
  );
  await page.goto('/zh/faq/vswitch-ip-exhausted/');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __first?: string }).__first)).toBe('rgb(13, 17, 23)');
  await expect(page.getByRole('banner').getByRole('button', { name: '主题：深色' })).toBeVisible();
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

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the first screen links to the fix and its check, and holds the folded list of sections', async ({ page }) => {
    await page.goto('/zh/faq/flannel-ip-leak-no-ip-available/');
    const sections = page.getByRole('navigation', { name: '本页内容' });
    const solution = sections.getByRole('link', { name: '解决方法', exact: true }).first();
    await expect(solution).toBeInViewport();
    await expect(sections.getByRole('link', { name: '结果验证', exact: true }).first()).toBeInViewport();
    // The list is folded, above the at-a-glance box, and opens in place.
    const summary = sections.getByText('本页内容', { exact: true }).first();
    await expect(summary).toBeInViewport();
    const cause = sections.getByRole('link', { name: '问题原因', exact: true });
    await expect(cause).toBeHidden();
    await summary.click();
    await expect(cause).toBeVisible();
    const glance = page.getByRole('region', { name: '速览' });
    expect((await cause.boundingBox())!.y).toBeLessThan((await glance.boundingBox())!.y);
    // The jump link lands on the section.
    await solution.click();
    await expect(page).toHaveURL(/#solution$/);
    await expect(page.locator('h2#solution')).toBeInViewport();
  });

  test('the jump links name the sections in the entry’s language; a how-to links to its steps', async ({ page }) => {
    for (const [path, list, names] of [
      ['/en/faq/vswitch-ip-exhausted/', 'On this page', ['Solution', 'Verify']],
      ['/ja/faq/vswitch-ip-exhausted/', 'このページの内容', ['解決策', '確認']],
      ['/en/faq/ccm-multiple-route-tables/', 'On this page', ['Steps', 'Verify']],
    ] as const) {
      await page.goto(path);
      const jump = page.getByRole('navigation', { name: list }).getByRole('link').filter({ visible: true });
      await expect(jump).toHaveText([...names]);
      for (const link of await jump.all()) {
        await expect(page.locator(`h2${(await link.getAttribute('href'))!}`)).toHaveCount(1);
      }
    }
  });
});

test('on a wide screen the list of sections is open beside the text, and stays in view while reading', async ({ page }) => {
  await page.goto('/en/faq/flannel-ip-leak-no-ip-available/?plugin=flannel&kubernetes=1.30');
  const sections = page.getByRole('navigation', { name: 'On this page' });
  await expect(sections.getByRole('heading', { name: 'On this page' })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Cause', exact: true })).toBeVisible();
  // No summary to open and no jump links: those are for one-column pages.
  await expect(sections.getByText('On this page', { exact: true })).toHaveCount(2);
  await expect(sections.getByText('On this page', { exact: true }).filter({ visible: true })).toHaveCount(1);
  await expect(sections.getByRole('link', { name: 'Solution', exact: true }).filter({ visible: true })).toHaveCount(1);
  // Right of the text, under "Applies to" and the verdict.
  const box = (await sections.boundingBox())!;
  expect(box.x).toBeGreaterThan((await page.locator('.prose').boundingBox())!.x + 600);
  expect(box.y).toBeGreaterThan((await page.locator('kb-applicability').boundingBox())!.y);
  await page.locator('h2#verify').scrollIntoViewIfNeeded();
  await expect(sections.getByRole('link', { name: 'Verify', exact: true }).last()).toBeInViewport();
});

test('an entry says when it was last updated under its title too, and ends with a way back to the top', async ({ page }) => {
  await page.goto('/ja/faq/conntrack-table-full/');
  const updated = await page.locator('article > footer time').first().textContent();
  await expect(page.locator('article > header')).toContainText(`最終更新: ${updated}`);
  await page.getByRole('link', { name: 'ページの先頭へ戻る' }).click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('notes and warnings look different, each with its label, alike in every language', async ({ page }) => {
  const looks: Record<string, string> = {};
  for (const [lang, note, warning] of [
    ['en', 'Note:', 'Warning:'],
    ['zh', '说明', '注意'],
    ['ja', '説明', '注意'],
  ] as const) {
    await page.goto(`/${lang}/faq/vswitch-ip-exhausted/`);
    for (const [kind, label] of [
      ['note', note],
      ['warning', warning],
    ] as const) {
      const quote = page
        .locator('blockquote')
        .filter({ has: page.locator('p:first-child > strong:first-child', { hasText: label }) });
      await expect(quote.first()).toBeVisible();
      const look = await quote
        .first()
        .evaluate((e) => `${getComputedStyle(e).borderLeftColor} ${getComputedStyle(e).backgroundColor}`);
      looks[`${lang} ${kind}`] = look;
    }
  }
  expect(looks['en note']).not.toBe(looks['en warning']);
  expect([looks['zh note'], looks['ja note']]).toEqual([looks['en note'], looks['en note']]);
  expect([looks['zh warning'], looks['ja warning']]).toEqual([looks['en warning'], looks['en warning']]);
});
