import { expect, test } from '@playwright/test';

const homes = [
  { lang: 'zh', htmlLang: 'zh-CN', heading: 'ACK 容器网络排障', entry: 'vSwitch 的 IP 地址耗尽' },
  {
    lang: 'ja',
    htmlLang: 'ja',
    heading: 'ACK コンテナーネットワークのトラブルシューティング',
    entry: 'vSwitch の IP アドレスが枯渇し',
  },
  {
    lang: 'en',
    htmlLang: 'en',
    heading: 'Container network troubleshooting for ACK',
    entry: 'vSwitch has run out of IP addresses',
  },
];

for (const home of homes) {
  test(`the ${home.lang} home page lists entries by plugin in its language`, async ({ page }) => {
    await page.goto(`/${home.lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', home.htmlLang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(home.heading);
    const terway = page.getByRole('region', { name: /Terway/ });
    await expect(terway.getByRole('link', { name: new RegExp(home.entry) })).toHaveAttribute(
      'href',
      `/${home.lang}/faq/vswitch-ip-exhausted/`,
    );
  });
}

test('the plugin browse page lists exactly that plugin’s entries', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('link', { name: 'Terway', exact: true }).first().click();
  await expect(page).toHaveURL('/en/plugin/terway/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terway: all entries');
  await expect(page.getByRole('link', { name: /vSwitch has run out of IP addresses/ })).toBeVisible();
  // The list is exactly the entries whose plugin includes terway, none of the Flannel-only ones.
  const index = (await (await page.request.get('/en/search-index.json')).json()) as {
    entries: { id: string; plugin: string[] }[];
  };
  const expected = index.entries
    .filter((e) => e.plugin.includes('terway'))
    .map((e) => e.id)
    .sort();
  const listed = await page
    .locator('main li.entry-item > a')
    .evaluateAll((as) => as.map((a) => /\/faq\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1]));
  expect([...listed].sort()).toEqual(expected);
  await expect(page.getByRole('main')).toContainText(String(expected.length));
});

test('a component browse page lists the entries tagged with it', async ({ page }) => {
  await page.goto('/zh/');
  await page.getByRole('link', { name: /虚拟交换机 \(vSwitch\)/ }).click();
  await expect(page).toHaveURL('/zh/component/vswitch/');
  await expect(page.getByRole('link', { name: /vSwitch 的 IP 地址耗尽/ })).toBeVisible();
});

test('the root page sends a Japanese browser to /ja/', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL('/ja/');
  await context.close();
});

test('the root page sends an unsupported browser language to English', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL('/en/');
  await context.close();
});

test('without JavaScript the root page offers the three languages as links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  for (const [name, href] of [
    ['中文', '/zh/'],
    ['日本語', '/ja/'],
    ['English', '/en/'],
  ]) {
    await expect(page.getByRole('main').getByRole('link', { name: name!, exact: true })).toHaveAttribute('href', href!);
  }
  await context.close();
});

test('every home page leads to the layered "where to start" checklist', async ({ page }) => {
  for (const lang of ['zh', 'ja', 'en']) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('.start-here a')).toHaveAttribute('href', `/${lang}/faq/network-troubleshooting-checklist/`);
  }
});

test('pages fit a phone screen without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const path of [
    '/zh/',
    '/ja/faq/flannel-ip-leak-no-ip-available/',
    '/en/search/?q=conntrack',
    '/ja/cluster/',
    '/zh/plugin/terway/',
    '/en/faq/network-troubleshooting-checklist/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
