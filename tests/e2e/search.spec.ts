import { expect, test, type Page } from '@playwright/test';

async function settled(page: Page, query: string) {
  await page.waitForFunction((q) => {
    const region = document.querySelector<HTMLElement>('[data-results]');
    return region?.dataset.query === q && region.getAttribute('aria-busy') === 'false';
  }, query);
}

test('the / shortcut and Ctrl+K focus the header search box', async ({ page }) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const box = page.getByRole('banner').getByRole('searchbox').or(page.getByRole('banner').getByRole('combobox'));
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await box.blur();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
});

test('typing in the header shows results as you type, and the arrow keys and Enter open one', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the knowledge base' });
  await expect(box).toBeFocused();
  await box.pressSequentially('hairpinMode');
  await expect(page.locator('[role=listbox][data-query=hairpinMode]')).toBeVisible();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('Service');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', 'header-hit-0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/faq\/flannel-hairpin-service-loopback\//);
});

test('Enter without a chosen result opens the search page for the query', async ({ page }) => {
  await page.goto('/zh/');
  const box = page.getByRole('banner').getByRole('searchbox').or(page.getByRole('banner').getByRole('combobox'));
  await box.fill('conntrack');
  await box.press('Enter');
  await expect(page).toHaveURL('/zh/search/?q=conntrack');
  await settled(page, 'conntrack');
  await expect(page.locator('[data-list] > li').first()).toHaveAttribute('data-entry', 'conntrack-table-full');
});

test('a ?q= link renders ranked results in an ordered list, and typing updates the URL', async ({ page }) => {
  await page.goto('/ja/search/?q=udpTimeout');
  await settled(page, 'udpTimeout');
  const region = page.getByRole('region', { name: '検索結果' });
  await expect(region).toHaveAttribute('aria-busy', 'false');
  await expect(region.locator('ol[data-list] > li').first()).toHaveAttribute('data-entry', 'ipvs-udp-timeout-dns');
  await expect(page.getByRole('status')).toContainText('件の結果');
  const input = page.getByRole('main').getByRole('searchbox', { name: 'ナレッジベースを検索' });
  await input.fill('hairpinMode');
  await settled(page, 'hairpinMode');
  await expect(page).toHaveURL('/ja/search/?q=hairpinMode');
});

test('results link straight to the matching section when the match is in one', async ({ page }) => {
  await page.goto('/en/search/?q=hairpinMode');
  await settled(page, 'hairpinMode');
  const top = page.locator('[data-list] > li').first();
  await expect(top).toHaveAttribute('data-entry', 'flannel-hairpin-service-loopback');
  const href = await top.locator('a').first().getAttribute('href');
  expect(href).toMatch(/^\/en\/faq\/flannel-hairpin-service-loopback\/#[a-z0-9-]+$/);
  // The section the link lands on is the one that holds the term.
  await page.goto(href!);
  const anchor = href!.split('#')[1]!;
  const section = await page.evaluate((id) => {
    const start = document.getElementById(id)!.closest('.heading-wrap') ?? document.getElementById(id)!;
    let text = '';
    for (let n = start.nextElementSibling; n && !n.matches('.heading-wrap'); n = n.nextElementSibling) text += n.textContent;
    return text;
  }, anchor);
  expect(section).toContain('hairpinMode');
});

test('a pasted log line with the reader’s own ids finds the known error first and marks it', async ({ page }) => {
  const line =
    'time="2026-03-01T10:00:00Z" level=warning msg="Assign private ip address failed: Aliyun API Error: RequestId: 0D7E1C2B-3A4F-4B5C-9D6E-7F8091A2B3C4 Status Code: 403 Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch \\"vsw-uf6q1w2e3r4t5y\\" has not enough IpAddress., retrying"';
  await page.goto(`/en/search/?q=${encodeURIComponent(line)}`);
  await settled(page, line);
  const first = page.locator('[data-list] > li').first();
  await expect(first).toHaveAttribute('data-entry', 'vswitch-ip-exhausted');
  await expect(first.getByText('Known error')).toBeVisible();
});

test('facet chips narrow the results, and an empty query with a facet browses that facet', async ({ page }) => {
  await page.goto('/en/search/?q=pod');
  await settled(page, 'pod');
  const before = await page.locator('[data-list] > li').count();
  await page.getByRole('group', { name: 'Plugin' }).getByRole('button', { name: 'Flannel' }).click();
  await expect(page).toHaveURL('/en/search/?q=pod&plugin=flannel');
  await settled(page, 'pod');
  const ids = await page.locator('[data-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.entry));
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBeLessThan(before);
  const index = (await (await page.request.get('/en/search-index.json')).json()) as {
    entries: { id: string; plugin: string[]; components: string[]; kind: string }[];
  };
  const plugins = new Map(index.entries.map((e) => [e.id, e.plugin]));
  for (const id of ids) expect(plugins.get(id!), id).toContain('flannel');

  // Browsing a facet lists exactly the entries the index tags with it.
  await page.goto('/zh/search/?component=ipv6');
  await settled(page, '');
  const browse = await page.locator('[data-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.entry));
  const tagged = index.entries.filter((e) => e.components.includes('ipv6')).map((e) => e.id);
  expect([...browse].sort()).toEqual([...tagged].sort());
  await expect(page.getByRole('button', { name: 'IPv6 双栈' })).toHaveAttribute('aria-pressed', 'true');
});

test('the kind facet keeps only entries of that kind', async ({ page }) => {
  const index = (await (await page.request.get('/en/search-index.json')).json()) as { entries: { id: string; kind: string }[] };
  const kinds = new Map(index.entries.map((e) => [e.id, e.kind]));
  await page.goto('/en/search/?q=terway');
  await settled(page, 'terway');
  const all = await page.locator('[data-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.entry));
  expect(new Set(all.map((id) => kinds.get(id!))).size).toBeGreaterThan(1);
  await page.getByRole('group', { name: 'Type' }).getByRole('button', { name: 'How-to' }).click();
  await expect(page).toHaveURL('/en/search/?q=terway&kind=howto');
  await settled(page, 'terway');
  const howtos = await page.locator('[data-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.entry));
  expect(howtos.length).toBeGreaterThan(0);
  for (const id of howtos) expect(kinds.get(id!), id).toBe('howto');
});

test('a search with no match shows suggestions and browse links, never a blank page', async ({ page }) => {
  await page.goto('/en/search/?q=zzqxv');
  await settled(page, 'zzqxv');
  await expect(page.getByText('No entry matches this search.')).toBeVisible();
  await expect(page.locator('[data-suggestions] > li').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Start with the layered checklist/ })).toHaveAttribute(
    'href',
    '/en/faq/network-troubleshooting-checklist/',
  );
});

test('the query is shown as text, never run as HTML, in the box and from ?q=', async ({ page }) => {
  const attack = '<img src=x onerror="window.__pwned=1">';
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto(`/en/search/?q=${encodeURIComponent(attack)}`);
  await settled(page, attack);
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the knowledge base' })).toHaveValue(attack);
  await page.getByRole('banner').getByRole('searchbox').fill(attack);
  // Wait until the header box has rendered this very query, so the checks below see its output.
  const listbox = page.locator('#header-search-results[role=listbox]');
  await expect(listbox).toHaveAttribute('data-query', attack);
  const showAll = await page.locator('.search-all').evaluate((a) => new URL((a as HTMLAnchorElement).href));
  expect(`${showAll.pathname}${showAll.search}`).toBe(`/en/search/?q=${encodeURIComponent(attack)}`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('without JavaScript the search page says search needs JavaScript and links to the browse pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/search/?q=conntrack');
  await expect(page.getByText(/Search needs JavaScript\./)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Terway' })).toHaveAttribute('href', '/en/plugin/terway/');
  await context.close();
});

test('a capped result list says it is capped and shows more on request', async ({ page }) => {
  await page.goto('/en/search/?q=terway');
  await settled(page, 'terway');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^First 20 of \d+ results$/);
  const total = Number(/of (\d+)/.exec((await status.textContent())!)![1]);
  expect(total).toBeGreaterThan(20);
  await expect(page.locator('[data-list] > li')).toHaveCount(20);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(page.locator('[data-list] > li')).toHaveCount(Math.min(total, 40));
  await expect(page.locator('#hit-20')).toBeFocused();
  if (total <= 40) {
    await expect(status).toHaveText(`${total} results`);
    await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  }
  // A new search starts from the first 20 again.
  await page.getByRole('main').getByRole('searchbox').fill('pod');
  await settled(page, 'pod');
  await expect(page.locator('[data-list] > li')).toHaveCount(20);
});

test('excerpts keep captions, table cells and punctuation apart from the words', async ({ page }) => {
  for (const [lang, q] of [
    ['en', 'kubectl get configmap kube-proxy-worker'],
    ['zh', 'kubectl get configmap kube-proxy-worker'],
    ['ja', 'sysctl'],
    ['en', 'Proxier log line meaning'],
    ['en', 'vSwitch IP'],
  ] as const) {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    const excerpts = await page.locator('.search-hit-excerpt').allTextContents();
    expect(excerpts.length, q).toBeGreaterThan(0);
    for (const text of excerpts) {
      expect(text, q).not.toMatch(/(Terminal|Output|终端|输出|ターミナル|出力)[a-z]/);
      expect(text, q).not.toMatch(/Log lineMeaning|TimeoutValue/);
    }
    for (const mark of await page.locator('.search-hit-excerpt mark').allTextContents()) expect(mark, q).not.toMatch(/\p{P}$/u);
  }
});

test('one word of a several-word error is not a known error; the error is', async ({ page }) => {
  await page.goto('/en/search/?q=conntrack');
  await settled(page, 'conntrack');
  await expect(page.locator('[data-list] > li').first()).toHaveAttribute('data-entry', 'conntrack-table-full');
  await expect(page.locator('[data-list]').getByText('Known error')).toHaveCount(0);
  await page.getByRole('main').getByRole('searchbox').fill('conntrack full');
  await settled(page, 'conntrack full');
  await expect(page.locator('[data-list] > li').first().getByText('Known error')).toBeVisible();
});

test('a result that opens a solution step also offers the symptom', async ({ page }) => {
  await page.goto('/ja/search/?q=udpTimeout');
  await settled(page, 'udpTimeout');
  const top = page.locator('[data-list] > li').first();
  await expect(top).toHaveAttribute('data-entry', 'ipvs-udp-timeout-dns');
  await expect(top.locator('a.search-hit-link')).toHaveAttribute('href', /#step-\d+$/);
  await top.getByRole('link', { name: 'まず症状を確認' }).click();
  await expect(page).toHaveURL('/ja/faq/ipvs-udp-timeout-dns/#symptom');
});

test('the empty search page shows example queries and says a whole log can be pasted', async ({ page }) => {
  await page.goto('/en/search/');
  await expect(page.getByText('Paste an error message or a whole log')).toBeVisible();
  await page.getByRole('link', { name: 'InvalidVSwitchId.IpNotEnough' }).click();
  await expect(page).toHaveURL('/en/search/?q=InvalidVSwitchId.IpNotEnough');
  await settled(page, 'InvalidVSwitchId.IpNotEnough');
  await expect(page.locator('[data-list] > li').first()).toHaveAttribute('data-entry', 'vswitch-ip-exhausted');
  await expect(page.getByText('Paste an error message or a whole log')).toBeHidden();
});

test('the plugin of the reader’s cluster leads a query that fits either plugin', async ({ browser }) => {
  const q = 'pod ip address exhausted';
  const first = async (cluster?: Record<string, string>) => {
    const context = await browser.newContext();
    if (cluster) await context.addInitScript((c) => localStorage.setItem('kb-cluster', JSON.stringify(c)), cluster);
    const page = await context.newPage();
    await page.goto(`/en/search/?q=${encodeURIComponent(q)}`);
    await settled(page, q);
    const id = await page.locator('[data-list] > li').first().getAttribute('data-entry');
    await context.close();
    return id;
  };
  expect(await first()).toBe('vswitch-ip-exhausted');
  expect(await first({ plugin: 'flannel', ipFamily: 'ipv4', kubeProxy: 'ipvs' })).toBe('flannel-pod-cidr-exhausted');
  expect(await first({ plugin: 'terway', eniMode: 'shared', ipFamily: 'ipv4', kubeProxy: 'ipvs' })).toBe('vswitch-ip-exhausted');
});

test('a cluster module that fails to load costs the ranking, not the search', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() =>
    localStorage.setItem('kb-cluster', JSON.stringify({ plugin: 'flannel', ipFamily: 'ipv4', kubeProxy: 'ipvs' })),
  );
  // As after a redeploy, when a page's old chunk names are gone.
  await context.route(/\/_astro\/cluster-store\.[^/]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  await page.goto('/en/search/?q=InvalidVSwitchId.IpNotEnough');
  await settled(page, 'InvalidVSwitchId.IpNotEnough');
  await expect(page.locator('[data-list] > li').first()).toHaveAttribute('data-entry', 'vswitch-ip-exhausted');
  await context.close();
});
