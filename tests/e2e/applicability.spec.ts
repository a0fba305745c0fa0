import { expect, test, type Page } from '@playwright/test';

async function setCluster(page: Page, values: Record<string, string>) {
  await page.goto('/en/cluster/');
  for (const [name, value] of Object.entries(values)) {
    const field = page.locator(`[name="${name}"]`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else {
      await field.fill(value);
      await field.press('Tab');
    }
  }
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
}

const status = (page: Page) => page.locator('kb-applicability');

test('entries say whether they apply to the reader’s cluster, and why', async ({ page }) => {
  await setCluster(page, {
    plugin: 'terway',
    terway: '1.10.2',
    kubernetes: '1.30',
    kubeProxy: 'iptables',
    eniMode: 'shared',
    datapath: 'datapathv2',
  });

  await page.goto('/en/faq/terway-in-cluster-loadbalance/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'applies');
  await expect(status(page).getByRole('status')).toContainText('Applies to your cluster');

  await page.goto('/en/faq/flannel-ip-leak-no-ip-available/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'not-applicable');
  await expect(status(page)).toContainText('this entry is about Flannel; your cluster runs Terway');

  await page.goto('/en/faq/ipvs-udp-timeout-dns/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'not-applicable');
  await expect(status(page)).toContainText('kube-proxy mode: the entry covers IPVS; yours is iptables');
});

test('a Flannel build that already has the fix is told so', async ({ page }) => {
  // The leak has two independent causes (Kubernetes below 1.20, Flannel below the fixed build).
  await setCluster(page, { plugin: 'flannel', flannel: 'v0.15.1.22-20a397e6-aliyun' });
  await page.goto('/ja/faq/flannel-ip-leak-no-ip-available/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'applies');
  await expect(status(page)).toContainText('未設定のため確認していません：Kubernetes');
  await setCluster(page, { kubernetes: '1.22' });
  await page.goto('/ja/faq/flannel-ip-leak-no-ip-available/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'fixed');
  await expect(status(page)).toContainText('お使いのバージョンで修正済みです');
  await expect(status(page)).toContainText(
    'Flannel v0.15.1.22-20a397e6-aliyun には修正が含まれています（v0.15.1.11-7e95fe23-aliyun 以降）',
  );
});

test('browse pages dim entries that do not apply, and can hide them while saying how many', async ({ page }) => {
  await setCluster(page, { plugin: 'terway', kubeProxy: 'iptables' });
  await page.goto('/en/component/ipvs/');
  const items = page.locator('li.entry-item');
  const total = await items.count();
  const off = page.locator('li.entry-item[data-verdict=not-applicable]');
  await expect(off.first()).toBeVisible();
  await expect(off.first().getByText('Does not apply')).toBeVisible();
  const offCount = await off.count();
  expect(offCount).toBeGreaterThan(0);
  await page.getByRole('checkbox', { name: 'Only entries that apply to my cluster' }).check();
  await expect(off.first()).toBeHidden();
  await expect(page.getByText(new RegExp(`${offCount} entr(y|ies) hidden because`))).toBeVisible();
  await expect(page.locator('li.entry-item:visible')).toHaveCount(total - offCount);
});

test('search results are marked against the cluster too', async ({ page }) => {
  await setCluster(page, { plugin: 'flannel' });
  await page.goto('/en/search/?q=terway%20vswitch');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === 'terway vswitch');
  await expect(page.locator('[data-list] li[data-entry=vswitch-ip-exhausted]')).toHaveAttribute('data-verdict', 'not-applicable');
});

test('a link with cluster parameters sets the cluster for that visit without replacing the saved one', async ({ page }) => {
  await setCluster(page, { plugin: 'terway', terway: '1.1.0' });
  await page.goto('/en/faq/terway-in-cluster-loadbalance/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'not-applicable');
  await expect(status(page)).toContainText('Terway 1.1.0 is outside >=1.2.0');

  await page.goto('/en/faq/terway-in-cluster-loadbalance/?terway=1.10.2&kubernetes=1.30');
  await expect(status(page)).toHaveAttribute('data-verdict', 'applies');
  await page.goto('/en/cluster/');
  await expect(page.getByText('These values come from the link you opened')).toBeVisible();
  await expect(page.locator('[name=terway]')).toHaveValue('1.10.2');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kb-cluster')!).terway)).toBe('1.1.0');
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the panel copies a link that carries the cluster, and its commands are copyable', async ({ page, baseURL }) => {
    await setCluster(page, { plugin: 'terway', terway: '1.10.2', kubeProxy: 'ipvs' });
    await page.getByRole('button', { name: 'Copy a link with these values' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/en/cluster/?plugin=terway&terway=1.10.2&kubeProxy=ipvs`,
    );
    await page.locator('figure.code').filter({ hasText: 'eniip_virtual_type' }).getByRole('button').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('kubectl -n kube-system get configmap eni-config -o yaml | grep eniip_virtual_type');
  });
});

test('a malformed version is flagged and not used; forgetting the cluster clears every verdict', async ({ page }) => {
  await page.goto('/en/cluster/');
  await page.locator('[name=kubernetes]').fill('latest');
  await page.locator('[name=kubernetes]').press('Tab');
  await expect(page.getByText('Not a version this site can compare: latest')).toBeVisible();
  await expect(page.locator('[name=kubernetes]')).toHaveAttribute('aria-invalid', 'true');
  await setCluster(page, { plugin: 'flannel' });
  await page.getByRole('button', { name: 'Forget my cluster' }).click();
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await expect(status(page)).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('kb-cluster'))).toBeNull();
});

test('the cluster description never leaves the browser', async ({ page }) => {
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await setCluster(page, { plugin: 'terway', terway: '9.8.7', kubernetes: '1.31' });
  await page.goto('/en/faq/terway-in-cluster-loadbalance/');
  await expect(status(page).getByRole('status')).not.toBeEmpty();
  await page.goto('/en/search/?q=terway');
  await expect(page.locator('[data-list] > li').first()).toBeVisible();
  await page.goto('/zh/plugin/terway/');
  expect(sent.length).toBeGreaterThan(5);
  expect(sent.filter((s) => s.includes('9.8.7'))).toEqual([]);
});
