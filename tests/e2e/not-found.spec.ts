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

test('a mistyped path keeps its address, says what was asked for, and finds nothing in placeholders such as xx', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const response = await page.goto('/xx/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await expect(page.getByText(/リクエストされたアドレス：\s*\/xx\//)).toBeVisible();
  await expect(page).toHaveURL('/xx/');
  // "xx" is a placeholder (00:16:3e:xx:xx:xx), not a word to search for.
  await expect(page.getByRole('region', { name: '近い項目' })).toBeHidden();
  await context.close();
});

test('an entry URL in another case, or without its language, redirects to the entry', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/en/faq/VSwitch-IP-Exhausted/#cause');
  await expect(page).toHaveURL('/en/faq/vswitch-ip-exhausted/#cause');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('vSwitch has run out of IP addresses');
  await page.goto('/faq/vswitch-ip-exhausted/?plugin=terway');
  await expect(page).toHaveURL('/zh/faq/vswitch-ip-exhausted/?plugin=terway');
  await context.close();
});

test('the local server answers a request for a file the browser holds with 304, as static hosts do', async ({ request }) => {
  const first = await request.get('/en/search-index.json');
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
  const again = await request.get('/en/search-index.json', { headers: { 'if-none-match': etag! } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
  const changed = await request.get('/en/search-index.json', { headers: { 'if-none-match': 'W/"0-0"' } });
  expect(changed.status()).toBe(200);
});

test('a second page takes its stylesheet and scripts from the browser cache; pages and search data are asked for again', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const fromCache = new Set<string>();
  const responses: { id: string; url: string; status: number; disk: boolean; cache: string }[] = [];
  cdp.on('Network.requestServedFromCache', (e) => fromCache.add(e.requestId));
  cdp.on('Network.responseReceived', (e) =>
    responses.push({
      id: e.requestId,
      url: new URL(e.response.url).pathname,
      status: e.response.status,
      disk: e.response.fromDiskCache === true,
      cache: String(e.response.headers['cache-control'] ?? e.response.headers['Cache-Control'] ?? ''),
    }),
  );
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const assets = responses.filter((r) => r.url.startsWith('/_astro/'));
  expect(assets.some((r) => r.url.endsWith('.css'))).toBe(true);
  expect(assets.some((r) => r.url.endsWith('.js'))).toBe(true);
  for (const r of assets) expect(r.cache, r.url).toBe('public, max-age=31536000, immutable');
  expect(responses.find((r) => r.url === '/en/faq/vswitch-ip-exhausted/')!.cache).toBe('no-cache');

  responses.length = 0;
  await page.goto('/en/faq/conntrack-table-full/');
  // The page itself went to the server (a deploy shows at once) …
  const own = responses.find((r) => r.url === '/en/faq/conntrack-table-full/');
  expect(own && !own.disk && !fromCache.has(own.id)).toBe(true);
  // … and its stylesheet and scripts did not: no response for them came over the network, not even a 304.
  const fetched = responses.filter((r) => r.url.startsWith('/_astro/') && !r.disk && !fromCache.has(r.id));
  expect(fetched.map((r) => `${r.status} ${r.url}`)).toEqual([]);
  const search = await page.request.get('/en/search-index.json');
  expect(search.headers()['cache-control']).toBe('no-cache');
  // Revalidated anyway (a reload), a bundle stays kept; a missing one is not kept, or a later deploy that adds it would not show.
  const css = assets.find((r) => r.url.endsWith('.css'))!.url;
  const etag = (await page.request.get(css)).headers()['etag']!;
  const again = await page.request.get(css, { headers: { 'if-none-match': etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const missing = await page.request.get('/_astro/no-such-bundle.abcdefgh.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe('no-cache');
  // Judged by the file served: an address that climbs out of the bundle folder to a page gets a page's rule.
  const climbed = await page.request.get('/_astro/..%2Fen%2Findex.html');
  expect(climbed.status()).toBe(200);
  expect(climbed.headers()['cache-control']).toBe('no-cache');
});
