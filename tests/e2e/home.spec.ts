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

test('the plugin browse page lists exactly that plugin’s entries, across its pages', async ({ page }) => {
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
  const listed: (string | undefined)[] = [];
  for (;;) {
    listed.push(
      ...(await page
        .locator('main li.entry-item > a')
        .evaluateAll((as) => as.map((a) => /\/faq\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1]))),
    );
    await expect(page.getByRole('main')).toContainText(`${expected.length} entries`);
    const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /Next/ });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect([...listed].sort()).toEqual(expected);
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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'ACK 容器网络排障手册 · ACK ネットワーク トラブルシューティング · ACK Network Troubleshooting',
  );
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

/** Each entry's kind, from the search index the site publishes. */
async function kinds(page: import('@playwright/test').Page, lang: string): Promise<Map<string, string>> {
  const index = (await (await page.request.get(`/${lang}/search-index.json`)).json()) as {
    entries: { id: string; kind: string }[];
  };
  return new Map(index.entries.map((e) => [e.id, e.kind]));
}
const order = ['troubleshooting', 'howto', 'concept'];
const idOf = (href: string | null) => /\/faq\/([^/]+)\/$/.exec(href ?? '')?.[1];

test('each plugin section shows the first entries of its browse page and links to all of them', async ({ page }) => {
  await page.goto('/en/');
  const kind = await kinds(page, 'en');
  const sections = page.getByRole('region', { name: 'By network plugin' }).getByRole('region');
  await expect(sections).toHaveCount(3);
  for (const plugin of ['terway', 'flannel', 'any']) {
    const section = page.locator(`section[aria-labelledby="plugin-${plugin}"]`);
    const ids = (await section.locator('li.entry-item > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map(idOf);
    // Troubleshooting first, at most four.
    const ranks = ids.map((id) => order.indexOf(kind.get(id!)!));
    expect(ranks, plugin).toEqual([...ranks].sort((a, b) => a - b));
    expect(ids.length, plugin).toBe(4);
    // The same first entries as the plugin's browse page, and the link says how many that page lists.
    const browse = await page.context().newPage();
    await browse.goto(`/en/plugin/${plugin}/`);
    const first = (await browse.locator('main li.entry-item > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map(
      idOf,
    );
    expect(first.slice(0, 4), plugin).toEqual(ids);
    const total = Number(/(\d+) entries/.exec((await browse.locator('main p.muted').first().textContent()) ?? '')?.[1]);
    await browse.close();
    const all = section.getByRole('link', { name: `All ${total} entries` });
    await expect(all, plugin).toHaveAttribute('href', `/en/plugin/${plugin}/`);
    await expect(section.getByText(`${total} entries`, { exact: true })).toBeVisible();
  }
  await expect(
    page
      .getByRole('region', { name: /Any plugin/ })
      .getByRole('link', { name: /All \d+ entries/ })
      .first(),
  ).toBeVisible();
});

test('the home page shows the most common errors and the components before the plugin sections', async ({ page }) => {
  await page.goto('/en/');
  const common = page.getByRole('region', { name: 'Most common errors' });
  // An error one entry lists leads to that entry.
  await expect(common.getByRole('link', { name: 'nf_conntrack: table full, dropping packet' })).toHaveAttribute(
    'href',
    '/en/faq/conntrack-table-full/',
  );
  // An error several entries list leads to all of them.
  await expect(common.getByText('listed in 2 entries').first()).toBeVisible();
  await common.getByRole('link', { name: 'InvalidVSwitchId.IpNotEnough' }).click();
  await expect(page).toHaveURL('/en/errors/2/#e-invalidvswitchid-ipnotenough');
  const item = page.locator('li:target');
  await expect(item.getByRole('link', { name: /vSwitch has run out of IP addresses/ })).toBeVisible();
  await expect(item.getByRole('listitem')).toHaveCount(2);
  await page.goBack();
  const y = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!.y;
  expect(await y('Most common errors')).toBeLessThan(await y('By component'));
  expect(await y('By component')).toBeLessThan(await y('By network plugin'));
});

test('with a cluster set, the home page folds the other plugin’s section; one click opens it', async ({ page }) => {
  await page.goto('/en/?plugin=terway');
  const flannel = page.getByRole('region', { name: 'Flannel' });
  const terway = page.getByRole('region', { name: 'Terway' });
  await expect(flannel.locator('li.entry-item').first()).toBeHidden();
  await expect(terway.getByRole('link', { name: /vSwitch has run out of IP addresses/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Any plugin' }).locator('li.entry-item').first()).toBeVisible();
  await flannel.locator('summary').click();
  await expect(flannel.locator('li.entry-item').first()).toBeVisible();
});

test('without a cluster, or without JavaScript, every plugin section is open', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(javaScriptEnabled ? '/ja/' : '/ja/?plugin=terway');
    for (const name of ['Terway', 'Flannel', 'プラグイン共通'])
      await expect(page.getByRole('region', { name }).locator('li.entry-item').first(), name).toBeVisible();
    await context.close();
  }
});

test('a browse page lists troubleshooting entries first, then how-tos, then concepts', async ({ page }) => {
  await page.goto('/zh/plugin/flannel/');
  const kind = await kinds(page, 'zh');
  const ids = (await page.locator('main li.entry-item > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).map(idOf);
  const ranks = ids.map((id) => order.indexOf(kind.get(id!)!));
  expect(new Set(ranks).size).toBe(3);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});
