import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdirSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';

/** The entry ids in content/, sorted. */
const contentIds = (): string[] =>
  readdirSync('content/faq/en')
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();

async function visitGo(browser: Browser, locale: string, path: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(path);
  await page.waitForURL(/\/(zh|ja|en)\/faq\//);
  const url = page.url();
  await context.close();
  return new URL(url);
}

for (const [locale, lang] of [
  ['zh-CN', 'zh'],
  ['ja-JP', 'ja'],
  ['en-US', 'en'],
  ['de-DE', 'en'],
] as const) {
  test(`/go/<id> sends a ${locale} browser to the ${lang} entry, with and without a fragment`, async ({ browser }) => {
    const plain = await visitGo(browser, locale, '/go/vswitch-ip-exhausted/');
    expect(plain.pathname).toBe(`/${lang}/faq/vswitch-ip-exhausted/`);
    expect(plain.hash).toBe('');
    const section = await visitGo(browser, locale, '/go/vswitch-ip-exhausted/#step-2');
    expect(section.pathname + section.hash).toBe(`/${lang}/faq/vswitch-ip-exhausted/#step-2`);
  });
}

test('without JavaScript /go/<id> lists the entry in the three languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/go/vswitch-ip-exhausted/');
  await expect(page.getByRole('link', { name: /vSwitch 的 IP 地址耗尽/ })).toHaveAttribute(
    'href',
    '/zh/faq/vswitch-ip-exhausted/',
  );
  await expect(page.getByRole('link', { name: /vSwitch の IP アドレスが枯渇/ })).toHaveAttribute(
    'href',
    '/ja/faq/vswitch-ip-exhausted/',
  );
  await expect(page.getByRole('link', { name: /vSwitch has run out of IP addresses/ })).toHaveAttribute(
    'href',
    '/en/faq/vswitch-ip-exhausted/',
  );
  await context.close();
});

test.describe('copying links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every section and step heading has a link control that copies the /go/ permalink', async ({ page, baseURL }) => {
    await page.goto('/ja/faq/vswitch-ip-exhausted/');
    const headings = await page.locator('.prose :is(h2, h3)').count();
    await expect(page.locator('.prose a.heading-link')).toHaveCount(headings);
    await page.getByRole('link', { name: /このセクションへのリンクをコピー：.*Terway を再起動する/ }).click();
    await expect(page.locator('[data-links-announce]')).toContainText('リンクをコピーしました');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/go/vswitch-ip-exhausted/#step-4`);
  });

  test('a section link made on the Japanese page lands a Chinese reader on the same section', async ({ page, browser }) => {
    await page.goto('/ja/faq/vswitch-ip-exhausted/');
    await page.locator('a.heading-link[href="#cause"]').click();
    await expect(page.locator('[data-links-announce]')).toContainText('#cause');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const context = await browser.newContext({ locale: 'zh-CN' });
    const zh = await context.newPage();
    await zh.goto(link);
    await zh.waitForURL('**/zh/faq/vswitch-ip-exhausted/#cause');
    await expect(zh.locator('h2#cause')).toHaveText('问题原因');
    await context.close();
  });

  test('copy for a ticket gives a citation in the page language, as Markdown or plain text, and shows "Copied"', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/zh/faq/terway-in-cluster-loadbalance/');
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const summary = (await page.locator('[data-summary]').textContent())!.trim();
    expect(summary).toMatch(/^在 kube-system\/eni-config 配置项中/);
    const markdownButton = page.getByRole('button', { name: 'Markdown' });
    await markdownButton.click();
    await expect(page.locator('[data-cite-format=markdown]')).toHaveText('已复制');
    await expect(page.locator('[data-links-announce]')).toHaveText('引用已复制');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(
      `[${title}](${baseURL}/go/terway-in-cluster-loadbalance/)\n${summary}\n网络插件: Terway · 适用范围: terway >=1.2.0`,
    );
    await expect(markdownButton).toHaveText('Markdown');
    await page.evaluate(() => (document.querySelector('[data-links-announce]')!.textContent = ''));
    await page.getByRole('button', { name: '纯文本' }).click();
    await expect(page.locator('[data-cite-format=plain]')).toHaveText('已复制');
    await expect(page.locator('[data-links-announce]')).toHaveText('引用已复制');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).toBe(
      `${title}\n${baseURL}/go/terway-in-cluster-loadbalance/\n${summary}\n网络插件: Terway\n适用范围: terway >=1.2.0`,
    );
  });

  test('a citation made while the address points at a step names that step and links to it', async ({ page, baseURL }) => {
    await page.goto('/en/faq/vswitch-ip-exhausted/#step-4');
    const go = `${baseURL}/go/vswitch-ip-exhausted/`;
    await page.getByRole('button', { name: 'Markdown' }).click();
    await expect(page.locator('[data-cite-format=markdown]')).toHaveText('Copied');
    const markdown = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(markdown[0]).toMatch(new RegExp(`^\\[.*vSwitch has run out of IP addresses.*\\]\\(${go}\\)$`));
    expect(markdown[1]).toMatch(/^New pods never get an IP/);
    expect(markdown[2]).toBe(`Section: [4. Restart Terway](${go}#step-4)`);
    // A section link copied from a heading moves the citation there too.
    await page.locator('a.heading-link[href="#cause"]').click();
    await page.getByRole('button', { name: 'Plain text' }).click();
    await expect(page.locator('[data-cite-format=plain]')).toHaveText('Copied');
    const plain = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(plain.slice(3, 5)).toEqual(['Section: Cause', `${go}#cause`]);
  });

  test('a section link shows what it does on hover and on focus, then "Copied"', async ({ page }) => {
    await page.goto('/ja/faq/vswitch-ip-exhausted/');
    const link = page.locator('a.heading-link[href="#cause"]');
    const tip = () => link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await tip()).toBe('none');
    await link.hover();
    expect(await tip()).toBe('"このセクションへのリンクをコピー"');
    await page.mouse.move(0, 0);
    expect(await tip()).toBe('none');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(tip).toBe('"コピーしました"');
    await expect(page.locator('[data-links-announce]')).toContainText('リンクをコピーしました');
    // Back to the label once the moment has passed, while focus stays.
    await expect.poll(tip, { timeout: 4000 }).toBe('"このセクションへのリンクをコピー"');
    // A tap or click whose pointer leaves at once (touch) still sees "Copied" for that moment.
    await page.locator('a.heading-link[href="#symptom"]').click();
    await page.mouse.move(0, 0);
    await page.locator('a.heading-link[href="#symptom"]').blur();
    await expect
      .poll(() => page.locator('a.heading-link[href="#symptom"]').evaluate((a) => getComputedStyle(a, '::after').content))
      .toBe('"コピーしました"');
  });

  test('where the Clipboard API is missing, the citation and the link are shown selected in a box that says so', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/en/faq/vswitch-ip-exhausted/');
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.getByRole('button', { name: 'Plain text' }).click();
    const box = page.getByRole('textbox', { name: 'Copy failed: select the text and copy it by hand' });
    await expect(box).toBeVisible();
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(/^.*vSwitch has run out of IP addresses.*\n.*\/go\/vswitch-ip-exhausted\/\nNew pods/);
    const selected = await box.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
    expect(selected).toBe(await box.inputValue());
    await expect(page.locator('[data-links-announce]')).toHaveText('Copy failed: select the text and copy it by hand');

    await page.locator('a.heading-link[href="#cause"]').click();
    await expect(box).toHaveValue(`${baseURL}/go/vswitch-ip-exhausted/#cause`);
    await expect(box).toBeFocused();
    // Shown under the heading whose link was asked for.
    const below = await box.evaluate((t) => t.closest('label')!.previousElementSibling!.querySelector('h2')?.id);
    expect(below).toBe('cause');
  });
});

test('an unknown entry id gets the localized 404 with the URL’s words searched and the closest entries', async ({ page }) => {
  const response = await page.goto('/ja/faq/vswitch-ip-exhaust/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  const closest = page.getByRole('region', { name: '近い項目' });
  await expect(closest.locator('li').first()).toHaveAttribute('data-entry', 'vswitch-ip-exhausted');
  await expect(closest.getByRole('link', { name: '「vswitch ip exhaust」を検索' })).toHaveAttribute(
    'href',
    '/ja/search/?q=vswitch%20ip%20exhaust',
  );
});

test('an unknown /go/ id gets the 404 in the reader’s language with suggestions, its address kept', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/go/conntrack-table-ful/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page).toHaveURL('/go/conntrack-table-ful/');
  await expect(page.getByText(/您请求的地址：\s*\/go\/conntrack-table-ful\//)).toBeVisible();
  await expect(page.getByRole('region', { name: '最接近的条目' }).locator('li').first()).toHaveAttribute(
    'data-entry',
    'conntrack-table-full',
  );
  await context.close();
});

test('/api/faq.json lists every entry and matches its published JSON Schema', async ({ request }) => {
  const schema = await (await request.get('/api/faq.schema.json')).json();
  const data = await (await request.get('/api/faq.json')).json();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors, null, 2)).toBe(true);
  const ids: string[] = data.entries.map((e: { id: string }) => e.id);
  // Exactly the entries in content/, each once.
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(contentIds());
  const entry = data.entries.find((e: { id: string }) => e.id === 'vswitch-ip-exhausted');
  expect(entry.errors).toContain('InvalidVSwitchId.IpNotEnough');
  expect(new URL(entry.languages.ja.url).pathname).toBe('/ja/faq/vswitch-ip-exhausted/');
  expect(new URL(entry.permalink).pathname).toBe('/go/vswitch-ip-exhausted/');
});

test('the sitemap lists every entry in every language with hreflang alternates', async ({ request }) => {
  // An index of files of at most 50,000 URLs: the real site fits in one.
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
    'https://ack-network-kb.example.com/sitemap-0.xml',
  ]);
  const file = await request.get('/sitemap-0.xml');
  expect(file.headers()['content-type']).toContain('xml');
  const xml = await file.text();
  expect((await request.get('/sitemap-1.xml')).status()).toBe(404);
  const urls = xml.split('<url>').slice(1);
  const entryLocs = urls
    .map((u) => /<loc>https:\/\/ack-network-kb\.example\.com\/(zh|ja|en)\/faq\/([^/]+)\/<\/loc>/.exec(u))
    .filter(Boolean);
  expect(entryLocs.map((m) => `${m![1]}/${m![2]}`).sort()).toEqual(
    ['zh', 'ja', 'en'].flatMap((l) => contentIds().map((id) => `${l}/${id}`)).sort(),
  );
  for (const u of urls.filter((x) => /\/faq\//.test(x))) expect(u.match(/hreflang=/g)).toHaveLength(4);
  expect(xml).toContain('<loc>https://ack-network-kb.example.com/ja/faq/vswitch-ip-exhausted/</loc>');
  const entry = xml
    .split('<url>')
    .find((u) => u.includes('<loc>https://ack-network-kb.example.com/zh/faq/conntrack-table-full/</loc>'))!;
  for (const [hreflang, lang] of [
    ['zh-CN', 'zh'],
    ['ja', 'ja'],
    ['en', 'en'],
    ['x-default', 'en'],
  ]) {
    expect(entry).toContain(`hreflang="${hreflang}" href="https://ack-network-kb.example.com/${lang}/faq/conntrack-table-full/"`);
  }
});

test('/go/<id> keeps the cluster in its query and the fragment when it redirects', async ({ browser }) => {
  const url = await visitGo(browser, 'ja-JP', '/go/vswitch-ip-exhausted/?plugin=flannel&kubernetes=1.16#solution');
  expect(url.pathname + url.search + url.hash).toBe('/ja/faq/vswitch-ip-exhausted/?plugin=flannel&kubernetes=1.16#solution');
});

test('without JavaScript /go/<id>#section explains itself and links to that section in the three languages', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/go/vswitch-ip-exhausted/#step-2');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('This entry in your language');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('以您的语言阅读此条目');
  await expect(page.getByText('This permalink opens the entry in your browser’s language.')).toBeVisible();
  await expect(page).toHaveTitle(/vSwitch 的 IP 地址耗尽.*vSwitch の IP アドレスが枯渇.*vSwitch has run out of IP addresses/);
  const section = page.locator('ul:target');
  await expect(section.getByText('Straight to this section:')).toBeVisible();
  for (const lang of ['zh', 'ja', 'en'])
    await expect(section.locator(`a[hreflang^=${lang}]`)).toHaveAttribute('href', `/${lang}/faq/vswitch-ip-exhausted/#step-2`);
  // Only the named section's block shows.
  await expect(page.getByText('Straight to this section:').filter({ visible: true })).toHaveCount(1);
  await page.goto('/go/vswitch-ip-exhausted/');
  await expect(page.getByText('Straight to this section:').filter({ visible: true })).toHaveCount(0);
  await context.close();
});

test('switching language on the search page keeps the query and the filters', async ({ page }) => {
  await page.goto('/en/search/?q=conntrack&kind=troubleshooting');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === 'conntrack');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL('/ja/search/?q=conntrack&kind=troubleshooting');
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('conntrack');
  await expect(page.getByRole('button', { name: 'トラブルシューティング' })).toHaveAttribute('aria-pressed', 'true');
});

test('switching language after scrolling to a section lands on the same section, also after scrolling back up to the menu', async ({
  page,
}) => {
  // Not scrolled: nothing to keep.
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL('/ja/faq/vswitch-ip-exhausted/');
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await page.locator('h3#step-4').evaluate((h) => h.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, 40);
  await page.waitForFunction(() => document.getElementById('step-4')!.getBoundingClientRect().top < 0);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL('/zh/faq/vswitch-ip-exhausted/#step-4');
  // A fragment in the address is kept as it is.
  await page.evaluate(() => scrollTo(0, 0));
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL('/en/faq/vswitch-ip-exhausted/#step-4');
});

test('an error several entries list links to all of them, saying how many; one only this entry lists does not', async ({
  page,
}) => {
  await page.goto('/en/faq/flannel-node-network-unavailable-taint/');
  const messages = page.getByRole('region', { name: 'At a glance' });
  const row = messages.getByRole('listitem').filter({ has: page.locator('code', { hasText: /^NodeNetworkUnavailable$/ }) });
  const link = row.getByRole('link', { name: 'listed in 4 entries' });
  await expect(link).toHaveAttribute('href', '/en/errors/2/#e-nodenetworkunavailable');
  await expect(messages.getByRole('listitem').filter({ hasText: 'SyncRouteFailed' }).getByRole('link')).toHaveCount(0);
  await link.click();
  const item = page.locator('li:target');
  await expect(item.locator('code')).toHaveText('NodeNetworkUnavailable');
  await expect(item.getByRole('listitem')).toHaveCount(4);
  const hrefs = await item.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(
    [
      'ccm-multiple-route-tables',
      'flannel-new-node-no-network',
      'flannel-node-network-unavailable-taint',
      'pod-routes-missing',
    ].map((id) => `/en/faq/${id}/`),
  );
});
