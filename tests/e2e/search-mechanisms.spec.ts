import { expect, test, type Page } from '@playwright/test';

/**
 * One probe per search mechanism the README promises: each query only finds
 * its entry first because of that mechanism, so removing it turns the probe
 * red (each was run once against a build with its mechanism removed). Known
 * errors are probed in search.spec.ts (the "Known error" mark).
 */
async function top(page: Page, lang: string, q: string): Promise<string[]> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction((query) => {
    const region = document.querySelector<HTMLElement>('[data-results]');
    return region?.dataset.query === query && region.getAttribute('aria-busy') === 'false';
  }, q);
  return page.locator('[data-list] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.entry ?? ''));
}

test('typo correction: a misspelled word that is the only clue still finds its entry first', async ({ page }) => {
  for (const [q, id] of [
    ['hairpinmdoe', 'flannel-hairpin-service-loopback'],
    ['conntrak', 'conntrack-table-full'],
    ['udptimeuot', 'ipvs-udp-timeout-dns'],
  ] as const) {
    expect((await top(page, 'en', q))[0], q).toBe(id);
  }
});

test('per-word relaxation: body words that no page holds together with the rest still find the page that has them', async ({
  page,
}) => {
  // Only the IP-leak entry mentions tmpfs, dataDir and CronJob, and only in its body; conntrack is in another entry's title.
  const ids = await top(page, 'en', 'tmpfs datadir cronjob conntrack');
  expect(ids[0]).toBe('flannel-ip-leak-no-ip-available');
});

test('title and summary weighting: a short query finds the entry it names in its title before entries that only mention it', async ({
  page,
}) => {
  // 抓包 (packet capture) is the title's word for one entry and a passing mention in others.
  expect((await top(page, 'zh', 'Terway 抓包'))[0]).toBe('terway-packet-capture');
});

test('question words: 怎么, 为什么, できる say a query is a question, not what it is about', async ({ page }) => {
  for (const [lang, q, id] of [
    ['zh', '网络插件怎么选', 'choose-terway-or-flannel'],
    ['zh', '为什么新节点上的 pod 没有网络', 'flannel-new-node-no-network'],
    ['ja', 'どの ENI モードか確認できる', 'terway-identify-eni-mode'],
  ] as const) {
    expect((await top(page, lang, q))[0], q).toBe(id);
  }
});
