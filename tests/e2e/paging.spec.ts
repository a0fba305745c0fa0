import { expect, test } from '@playwright/test';

// Lists split into pages as they grow (src/lib/paging.ts). On the real site the
// Terway browse list (31 entries) and the error index each run to two pages.

test('a browse list runs to pages that say where they are and link to each other', async ({ page }) => {
  await page.goto('/ja/plugin/terway/');
  await expect(page).toHaveTitle(/^Terway：すべての項目（1\/2 ページ）/);
  await expect(page.getByRole('main')).toContainText('31 件');
  await expect(page.getByRole('main')).toContainText('31 件 · 1～15 件目');
  await expect(page.locator('main li.entry-item')).toHaveCount(15);
  const pager = page.getByRole('navigation', { name: 'ページ' });
  await expect(pager.getByRole('link', { name: '1 ページ' })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('link', { name: /前へ/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /次へ/ }).click();
  await expect(page).toHaveURL('/ja/plugin/terway/2/');
  await expect(page).toHaveTitle(/^Terway：すべての項目（2\/2 ページ）/);
  await expect(page.getByRole('main')).toContainText('16～31 件目');
  await expect(page.locator('main li.entry-item')).toHaveCount(16);
  await expect(pager.getByRole('link', { name: '2 ページ' })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('link', { name: /次へ/ })).toHaveCount(0);
  await expect(pager.getByRole('link', { name: /前へ/ })).toHaveAttribute('href', '/ja/plugin/terway/');
  await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute(
    'href',
    'https://ack-network-kb.example.com/en/plugin/terway/2/',
  );
  // The language switcher keeps the page.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/plugin/terway/2/');
});

test('a list that fits on one page has no pager and no page number in its title', async ({ page }) => {
  await page.goto('/en/plugin/flannel/');
  await expect(page).toHaveTitle(/^Flannel: all entries · /);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('Showing');
});

test('the cluster filter works on each page of a list, counting what it hides there', async ({ page }) => {
  await page.goto('/en/plugin/terway/2/?plugin=flannel');
  const items = page.locator('li.entry-item');
  const off = page.locator('li.entry-item[data-verdict=not-applicable]');
  await expect(off.first()).toBeVisible();
  const offCount = await off.count();
  await page.getByRole('checkbox', { name: 'Only entries that apply to my cluster' }).check();
  await expect(page.getByText(new RegExp(`${offCount} entr(y|ies) hidden because`))).toBeVisible();
  await expect(page.locator('li.entry-item:visible')).toHaveCount((await items.count()) - offCount);
});

test('an entry links each error it shares to the page of the index that holds it', async ({ page }) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await page.getByRole('link', { name: 'listed in 2 entries' }).first().click();
  await expect(page).toHaveURL('/en/errors/2/#e-invalidvswitchid-ipnotenough');
  await expect(page.locator('li:target').getByRole('link', { name: /vSwitch has run out of IP addresses/ })).toBeVisible();
});

test('a link to the index made before it ran to pages lands on the page that holds the error', async ({ page }) => {
  await page.goto('/zh/errors/#e-invalidvswitchid-ipnotenough');
  await expect(page).toHaveURL('/zh/errors/2/#e-invalidvswitchid-ipnotenough');
  await expect(page.locator('li:target')).toContainText('InvalidVSwitchId.IpNotEnough');
  // An anchor the first page holds stays; one no page holds stays on the first page.
  await page.goto('/zh/errors/#e-has-no-endpoints');
  await expect(page.locator('li:target')).toHaveCount(1);
  await expect(page).toHaveURL('/zh/errors/#e-has-no-endpoints');
  await page.goto('/zh/errors/#e-no-such-error');
  await expect(page.locator('h1')).toHaveText('报错信息');
  await expect(page).toHaveURL('/zh/errors/#e-no-such-error');
  // A cluster in the link's query goes along.
  await page.goto('/en/errors/?plugin=flannel#e-invalidvswitchid-ipnotenough');
  await expect(page).toHaveURL('/en/errors/2/?plugin=flannel#e-invalidvswitchid-ipnotenough');
  // Names every object has, and a fragment that does not decode, lead nowhere.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const hash of ['#constructor', '#__proto__', '#e-%E0']) {
    await page.goto(`/en/errors/2/${hash}`);
    await page.waitForLoadState('networkidle');
    await expect(page).toHaveURL(`/en/errors/2/${hash}`);
  }
  expect(errors).toEqual([]);
});

test('without JavaScript each page of the error index says which messages it holds', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/errors/');
  const holds = page.getByText('Page 1 of 2, in alphabetical order:');
  await expect(holds).toBeVisible();
  const first = await page.locator('main > ul > li[id] code').first().textContent();
  await expect(holds.locator('code').first()).toHaveText(first!);
  await page.goto('/ja/errors/2/');
  await expect(page.getByText('2/2 ページ（アルファベット順）：')).toBeVisible();
  await context.close();
});

test('the pages of the error index list every error once, and each is in the sitemap', async ({ page, request }) => {
  const anchors: string[] = [];
  for (const path of ['/en/errors/', '/en/errors/2/']) {
    await page.goto(path);
    anchors.push(...(await page.locator('main > ul > li[id]').evaluateAll((li) => li.map((l) => l.id))));
  }
  const map = (await (await request.get('/en/errors/pages.json')).json()) as Record<string, string>;
  expect(anchors.length).toBe(new Set(anchors).size);
  expect([...anchors].sort()).toEqual(Object.keys(map).sort());
  expect(new Set(Object.values(map))).toEqual(new Set(['/en/errors/', '/en/errors/2/']));
  expect((await request.get('/en/errors/3/')).status()).toBe(404);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const lang of ['zh', 'ja', 'en'])
    for (const path of ['errors/', 'errors/2/', 'plugin/terway/', 'plugin/terway/2/'])
      expect(sitemap).toContain(`<loc>https://ack-network-kb.example.com/${lang}/${path}</loc>`);
});

test('every page the sitemap lists is served, each list page among them', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const paths = [...xml.matchAll(/<loc>https:\/\/ack-network-kb\.example\.com(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
  expect(paths.filter((p) => /\/(plugin|component|errors)\//.test(p)).length).toBeGreaterThan(90);
  const missing: string[] = [];
  for (const path of paths) if ((await request.get(path)).status() !== 200) missing.push(path);
  expect(missing).toEqual([]);
});
