import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// Guided triage: walking a tree by its answers, with and without JavaScript; "My cluster" answering
// the questions it knows; the ticket text; the offer in search; the same node in another language.

/** Clicks the answer that leads to `target` (a node id, or an entry id with its anchor). */
async function answer(page: Page, target: string) {
  await page.locator(`[data-answers] a[data-target="${target}"]`).click();
}

const walks = {
  zh: { tree: 'pod-no-ip', steps: ['plugin', 'terway-log'], entry: 'vswitch-ip-exhausted' },
  ja: { tree: 'dns', steps: ['coredns', 'direct-query'], entry: 'dns-resolution-fails#step-5' },
  en: { tree: 'pod-to-service', steps: ['endpoints'], entry: 'service-unreachable-endpoints' },
} as const;

for (const [lang, walk] of Object.entries(walks)) {
  test(`a reader walks the ${walk.tree} tree to an entry in ${lang}: each answer adds a step to the path`, async ({ page }) => {
    await page.goto(`/${lang}/triage/${walk.tree}/`);
    await expect(page.locator('[data-triage-node]')).toHaveAttribute('data-triage-node', 'start');
    // The root asks; nothing has been answered yet.
    await expect(page.locator('[data-triage-path]')).toHaveCount(0);
    for (const [i, step] of walk.steps.entries()) {
      await answer(page, step);
      await expect(page).toHaveURL(new RegExp(`/${lang}/triage/${walk.tree}/${step}/$`));
      await expect(page.locator('[data-triage-path] li')).toHaveCount(i + 1);
    }
    const [id, anchor] = walk.entry.split('#');
    await answer(page, walk.entry);
    await expect(page).toHaveURL(new RegExp(`/${lang}/faq/${id}/${anchor ? `#${anchor}` : ''}$`));
    await expect(page.locator('[data-entry]')).toHaveAttribute('data-entry', id!);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the answers are links: a tree walks to its entry, with the path so far on every page', async ({ page }) => {
    await page.goto('/en/triage/dns/');
    await answer(page, 'intermittent');
    await expect(page).toHaveURL(/\/en\/triage\/dns\/intermittent\/$/);
    await expect(page.locator('[data-triage-path] li')).toHaveCount(1);
    await expect(page.locator('[data-triage-path] li').first()).toContainText('Both resolve');
    await answer(page, 'dns-single-request-reopen');
    await expect(page).toHaveURL(/\/en\/faq\/dns-single-request-reopen\/$/);
  });

  test('the ticket text is there to select, and no question is skipped', async ({ page }) => {
    // A cluster in the link answers nothing without JavaScript: the question stays.
    await page.goto('/en/triage/node-network/?plugin=terway');
    await expect(page.locator('[data-triage-node]')).toHaveAttribute('data-asks', 'plugin');
    await page.locator('[data-ticket] summary').click();
    await expect(page.locator('[data-ticket-text]')).toContainText('Triage: ');
  });
});

test.describe('with My cluster set', () => {
  const cluster = { plugin: 'terway', datapath: 'none', kubeProxy: 'ipvs', ipFamily: 'dualstack', eniMode: 'shared' };
  test.beforeEach(async ({ page }) => {
    await page.goto('/en/');
    await page.evaluate((c) => localStorage.setItem('kb-cluster', JSON.stringify(c)), cluster);
  });

  test('a question the cluster answers is skipped, the next page says so, and the reader can answer it instead', async ({
    page,
  }) => {
    await page.goto('/en/triage/node-network/');
    await expect(page).toHaveURL(/\/en\/triage\/node-network\/terway-node\/\?from-cluster=plugin$/);
    const note = page.locator('[data-cluster-note]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Answered from My cluster: Terway.');
    await expect(page.locator('[data-triage-path] [data-cluster-badge]')).toBeVisible();
    await note.getByRole('link').click();
    await expect(page).toHaveURL(/\/en\/triage\/node-network\/\?ask=1$/);
    await expect(page.locator('[data-triage-node]')).toHaveAttribute('data-triage-node', 'start');
    await answer(page, 'node-state');
    await expect(page).toHaveURL(/\/en\/triage\/node-network\/node-state\/$/);
    await expect(page.locator('[data-cluster-note]')).toBeHidden();
  });

  // Every node of every tree that asks a cluster fact, read from the built pages.
  const asking: { path: string; asks: string }[] = [];
  const walkDir = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walkDir(p);
      else if (name === 'index.html') {
        const asks = /data-asks="([^"]+)"/.exec(readFileSync(p, 'utf8'));
        if (asks) asking.push({ path: p.slice('dist'.length).replace(/index\.html$/, ''), asks: asks[1]! });
      }
    }
  };
  walkDir('dist/en/triage');

  test('every question that asks a cluster fact is answered from the cluster, in every tree', async ({ page }) => {
    // The seven trees ask the plugin, the data plane, the kube-proxy mode and the IP family somewhere.
    expect(new Set(asking.map((a) => a.asks))).toEqual(new Set(['plugin', 'datapath', 'kubeProxy', 'ipFamily']));
    expect(new Set(asking.map((a) => a.path.split('/')[3])).size).toBeGreaterThanOrEqual(6);
    for (const { path, asks } of asking) {
      // The page moves on by itself, often before it has loaded, which ends goto's wait with an error.
      await page.goto(path).catch((error: Error) => {
        if (!/interrupted by another navigation|ERR_ABORTED/.test(error.message)) throw error;
      });
      // Skipped: the page moved on to the answer for this cluster's value, and says which question it answered.
      await expect(page, path).not.toHaveURL(new RegExp(`${path.replace(/[/.]/g, '\\$&')}$`));
      expect(new URL(page.url()).searchParams.get('from-cluster')?.split(','), path).toContain(asks);
      // The next node may ask another fact the cluster answers and move on again: the walk ends, loaded, on an
      // entry or on a node that asks no cluster fact (so no page is still moving on when the next starts).
      await expect
        .poll(
          () =>
            page
              .evaluate(() =>
                document.readyState !== 'complete'
                  ? 'loading'
                  : location.pathname.includes('/triage/')
                    ? `asks ${document.querySelector('[data-triage-node]')?.getAttribute('data-asks') ?? 'nothing'}`
                    : 'left the trees',
              )
              .catch(() => 'between pages'),
          path,
        )
        .toMatch(/^(left the trees|asks nothing)$/);
    }
  });
});

test.describe('ticket text', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('"copy for a ticket" copies the path taken, with the commands run, in the reader\'s language', async ({ page }) => {
    await page.goto('/ja/triage/dns/');
    await answer(page, 'coredns');
    await page.locator('[data-ticket] summary').click();
    await page.locator('[data-ticket-text] .copy-button').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(
        /^トリアージ: .+\nhttps?:\/\/[^\n]+\/ja\/triage\/dns\/coredns\/\n1\. .+\n {3}実行:\n {5}kubectl exec -it <pod-name> -n <namespace> -- nslookup kubernetes\.default\.svc\.cluster\.local/,
      );
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('\n現在の質問: ');
    expect(text).toContain('kubectl get endpoints kube-dns -n kube-system');
  });
});

test('a ticket node shows what to collect and its ticket text open', async ({ page }) => {
  await page.goto('/zh/triage/pod-no-ip/collect-terway/');
  await expect(page.locator('[data-triage-path] li')).toHaveCount(3);
  await expect(page.locator('[data-answers]')).toHaveCount(0);
  await expect(page.locator('[data-ticket-text]')).toBeVisible();
  await expect(page.locator('[data-ticket-text]')).toContainText('排查：');
});

test('the language switcher keeps the node', async ({ page }) => {
  await page.goto('/en/triage/dns/coredns/');
  await page.locator('[data-lang-switch] a[hreflang="ja"]').click();
  await expect(page).toHaveURL(/\/ja\/triage\/dns\/coredns\/$/);
  await expect(page.locator('[data-triage-node]')).toHaveAttribute('data-triage-node', 'coredns');
});

test('home pages lead with "start from a symptom", listing every tree', async ({ page }) => {
  for (const lang of ['zh', 'ja', 'en']) {
    await page.goto(`/${lang}/`);
    const section = page.locator('[data-from-symptom]');
    await expect(section.locator('[data-triage-list] a')).toHaveCount(7);
    // It comes before the rest of the page's content.
    const first = await page.evaluate(() => document.querySelector('main h2')?.id);
    expect(first).toBe('from-symptom');
  }
});

test('a symptom typed into search offers the matching tree, on the search page and in the header box', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('dns slow in pod')}`);
  const offer = page.locator('[data-triage-offer]');
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('link')).toHaveAttribute('href', /\/en\/triage\/dns\/$/);
  // An error line is not a symptom: no offer.
  await page.locator('#search-q').fill('InvalidVSwitchId.IpNotEnough');
  await expect(page.locator('[data-results]')).toHaveAttribute('data-query', 'InvalidVSwitchId.IpNotEnough');
  await expect(offer).toBeHidden();

  await page.goto('/zh/');
  await page.locator('#header-search').fill('pod 没有 ip');
  const boxOffer = page.locator('.search-popup [data-triage-offer]');
  await expect(boxOffer).toHaveAttribute('data-triage-offer', 'pod-no-ip');
  await boxOffer.getByRole('link').click();
  await expect(page).toHaveURL(/\/zh\/triage\/pod-no-ip\/$/);
});
