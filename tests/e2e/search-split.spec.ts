import { expect, test, type Page } from '@playwright/test';
import { KB_PORT } from '../../playwright.config.ts';
import { searchOnPage } from './search-query.ts';

/*
 * The /kb/ build (npm run build:kb) ships its search data split, as a language
 * of more than a few hundred entries does (KB_SEARCH_SPLIT_ABOVE=0): a core
 * file, and parts fetched as a query needs them. The root build ships the
 * same data whole. The same query must find the same entries in the same
 * order on both.
 */
const WHOLE = '';
const SPLIT = `http://localhost:${KB_PORT}/kb`;

/** The entry ids a query lists on one site's search page, typed or (several lines) pasted. */
async function ranked(page: Page, site: string, lang: string, q: string, facets = ''): Promise<string[]> {
  await page.goto(`${site}/${lang}/search/${facets ? `?${facets}` : ''}`);
  return searchOnPage(page, q);
}

/** What the list shows, item by item: its text (title, summary, the lines or error it matched) and its links, the base taken off. */
async function shown(page: Page): Promise<{ text: string; links: string[] }[]> {
  return page.locator('[data-list] > li').evaluateAll((items) =>
    items.map((li) => ({
      text: (li as HTMLElement).innerText,
      links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!.replace(/^\/kb\//, '/')),
    })),
  );
}

test('the /kb/ build ships the search data split: a core without the entries, and parts fetched by the query', async ({
  page,
}) => {
  const core = (await (await page.request.get(`${SPLIT}/en/search-index.json`)).json()) as Record<string, unknown>;
  expect(core).not.toHaveProperty('entries');
  expect(core).toHaveProperty('fields');
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  // Pagefind's metadata file gives the page order: read twice (Pagefind, then the search data), downloaded once.
  const metaDownloads: string[] = [];
  page.on('requestfinished', async (r) => {
    // A read the browser answers from memory reports a negative body size.
    if (r.url().endsWith('.pf_meta') && (await r.sizes()).responseBodySize >= 0) metaDownloads.push(r.url());
  });
  expect((await ranked(page, SPLIT, 'en', 'InvalidVSwitchId.IpNotEnough'))[0]).toBe('vswitch-ip-exhausted');
  await expect(page.locator('[data-list] > li a').first()).toHaveAttribute('href', '/kb/en/faq/vswitch-ip-exhausted/');
  // In the folder the core names (a hash of the parts), which a browser keeps.
  const folder = `/kb/en/search-index/${core.version as string}/`;
  const parts = fetched.filter((p) => p.startsWith('/kb/en/search-index/'));
  expect(parts.every((p) => p.startsWith(folder))).toBe(true);
  for (const kind of ['f', 'e', 'r'])
    expect(
      parts.some((p) => p.startsWith(`${folder}${kind}/`)),
      kind,
    ).toBe(true);
  // Only what the query needs: not every entry's file.
  expect(parts.filter((p) => p.startsWith(`${folder}r/`)).length).toBeLessThanOrEqual(10);
  expect(fetched.filter((p) => p.endsWith('.pf_meta'))).toEqual([
    `/kb/pagefind/${core.pagefind as string}`,
    `/kb/pagefind/${core.pagefind as string}`,
  ]);
  expect(metaDownloads).toHaveLength(1);
  const kept = await page.request.get(parts[0]!.replace('/kb/', `${SPLIT}/`));
  expect(kept.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

const queries: [string, string][] = [
  ['en', 'time="2024-05-02T11:22:33Z" level=warning msg="Assign private ip address failed: Code: InvalidVSwitchId.IpNotEnough"'],
  ['en', 'dns slow in pod'],
  ['en', 'kube-proxy ipvs service unreachable after upgrade'],
  ['en', 'terwya datapathv2 vs ipvlan'],
  ['zh', 'Pod 无法访问公网'],
  ['zh', '节点新增后 Pod 分配不到 IP'],
  ['ja', 'ノードから Pod に接続できない'],
  ['ja', 'CoreDNS の応答が遅い'],
];
for (const [lang, q] of queries) {
  test(`split and whole search data rank and show ${lang} ${JSON.stringify(q.slice(0, 40))} alike`, async ({ page }) => {
    const whole = await ranked(page, WHOLE, lang, q);
    const wholeShown = await shown(page);
    expect(whole.length).toBeGreaterThan(0);
    expect(await ranked(page, SPLIT, lang, q)).toEqual(whole);
    expect(await shown(page)).toEqual(wholeShown);
  });
}

test('split and whole search data diagnose a pasted describe tail alike', async ({ page }) => {
  const text = [
    'Events:',
    '  Type     Reason                  Age   From     Message',
    '  Warning  FailedCreatePodSandBox  2m    kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "b71e0c": plugin type="terway" failed (add): cmd err: rpc error: code = DeadlineExceeded desc = context deadline exceeded',
    '  Warning  NetworkNotReady         1m    kubelet  network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
  ].join('\n');
  const whole = await ranked(page, WHOLE, 'en', text);
  const wholeShown = await shown(page);
  expect(whole.length).toBeGreaterThan(0);
  expect(await ranked(page, SPLIT, 'en', text)).toEqual(whole);
  // The same lines named for each hit, the same links.
  expect(await shown(page)).toEqual(wholeShown);
});

test('browsing a facet with the search data split lists every entry with it, a page at a time', async ({ page }) => {
  const index = (await (await page.request.get('/zh/search-index.json')).json()) as {
    entries: { id: string; components: string[]; plugin: string[] }[];
  };
  const tagged = index.entries.filter((e) => e.components.includes('ipv6')).map((e) => e.id);
  expect([...(await ranked(page, SPLIT, 'zh', '', 'component=ipv6'))].sort()).toEqual([...tagged].sort());
  // More entries than a page holds: the first page, and the rest behind "show more".
  const terway = index.entries.filter((e) => e.plugin.includes('terway')).map((e) => e.id);
  expect(terway.length).toBeGreaterThan(20);
  const first = await ranked(page, SPLIT, 'zh', '', 'plugin=terway');
  expect(first).toHaveLength(20);
  await page.locator('[data-more]').click();
  await expect(page.locator('[data-list] > li')).toHaveCount(Math.min(40, terway.length));
  const shown = await page.locator('[data-list] > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.entry));
  expect(shown.every((id) => terway.includes(id!))).toBe(true);
});

test('a search with no match on split search data still suggests general guides under /kb/', async ({ page }) => {
  const index = (await (await page.request.get('/en/search-index.json')).json()) as { entries: { id: string; kind: string }[] };
  const kind = new Map(index.entries.map((e) => [e.id, e.kind]));
  expect(await ranked(page, SPLIT, 'en', 'zzqxv')).toEqual([]);
  await expect(page.getByText('No entry matches this search.')).toBeVisible();
  const hrefs = await page
    .locator('[data-suggestions] > li a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(hrefs).toHaveLength(5);
  for (const href of hrefs) {
    const id = /^\/kb\/en\/faq\/([a-z0-9-]+)\//.exec(href)?.[1];
    expect(kind.get(id!), href).toBeDefined();
    expect(kind.get(id!), href).not.toBe('troubleshooting');
  }
});

test('a part of the search data that does not arrive: the page says so, and the next keystroke tries again', async ({ page }) => {
  await page.route('**/search-index/*/e/**', (route) => route.abort());
  await page.goto(`${SPLIT}/en/search/`);
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill('no route to host');
  await expect(page.locator('[data-status]')).toHaveText(
    'Search could not load its data. Check the connection, then type again or reload the page.',
  );
  await expect(page.locator('[data-results]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('[data-list] > li')).toHaveCount(0);
  await page.unroute('**/search-index/*/e/**');
  await box.press('End');
  await box.pressSequentially(' ');
  await expect(page.locator('[data-results]')).toHaveAttribute('data-query', 'no route to host ');
  await expect(page.locator('[data-list] > li').first()).toBeVisible();
  await expect(page.locator('[data-status]')).not.toHaveText(/could not load/);
});
