import { expect, test, type Page } from '@playwright/test';
import { layoutShift, layoutShiftReport, watchLayoutShift } from './layout-shift.ts';

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
  await expect(status(page)).toContainText('This entry is about Flannel; your cluster runs Terway');

  await page.goto('/en/faq/ipvs-udp-timeout-dns/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'not-applicable');
  await expect(status(page)).toContainText('kube-proxy mode: the entry covers IPVS; yours is iptables');
});

test('a Flannel build that already has the fix is told so', async ({ page }) => {
  // The leak has two independent causes (Kubernetes below 1.20, Flannel below the fixed build).
  await setCluster(page, { plugin: 'flannel', flannel: 'v0.15.1.22-20a397e6-aliyun' });
  await page.goto('/ja/faq/flannel-ip-leak-no-ip-available/');
  // The Kubernetes version still decides: "may apply", not a green "applies".
  await expect(status(page)).toHaveAttribute('data-verdict', 'maybe');
  await expect(status(page)).toContainText('このクラスターに該当する可能性があります');
  await expect(status(page)).toContainText('Kubernetes のバージョンを設定すると確認できます。');
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
  await expect(status(page)).toContainText('Needs Terway 1.2.0 or later; you have 1.1.0');

  await page.goto('/en/faq/terway-in-cluster-loadbalance/?terway=1.10.2&kubernetes=1.30&eniMode=shared&datapath=ipvlan');
  await expect(status(page)).toHaveAttribute('data-verdict', 'applies');
  await page.goto('/en/cluster/');
  // The note and its button read as two sentences, not "visit only.Keep them".
  await expect(page.getByText('These values come from the link you opened')).toHaveText(
    'These values come from the link you opened and apply to this visit only. Keep them as my cluster',
  );
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

test.describe('what clusters print', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('the form takes image references and kubectl version output and keeps only the version', async ({ page }) => {
    await page.goto('/en/cluster/');
    await page.getByLabel('Network plugin').selectOption('terway');
    // Typed (or dropped) text: reduced when the field is left.
    const terway = page.getByLabel('Terway version');
    await terway.fill('registry-cn-hangzhou.ack.aliyuncs.com/acs/terway:v1.9.1.1-g6c8f8e8-aliyun');
    await terway.press('Tab');
    await expect(terway).toHaveValue('v1.9.1.1-g6c8f8e8-aliyun');
    // A paste of the whole multi-line output, as kubectl prints it.
    await page.evaluate(() =>
      navigator.clipboard.writeText(
        'Client Version: v1.30.1\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\nServer Version: v1.30.1-aliyun.1\n',
      ),
    );
    const kubernetes = page.getByLabel('Kubernetes version');
    await kubernetes.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(kubernetes).toHaveValue('v1.30.1-aliyun.1');
    await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser.' })).toBeVisible();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kb-cluster')!))).toEqual({
      plugin: 'terway',
      terway: 'v1.9.1.1-g6c8f8e8-aliyun',
      kubernetes: 'v1.30.1-aliyun.1',
    });
    // And the verdicts compare them as releases.
    await page.goto('/en/faq/terway-datapathv2/');
    await expect(status(page)).not.toHaveAttribute('data-verdict', 'not-applicable');
    await expect(status(page)).not.toContainText('Needs Terway');
  });
});

test('saving never claims a value it dropped: it names the field and takes the reader there', async ({ page }) => {
  await page.goto('/en/cluster/');
  await page.getByLabel('Network plugin').selectOption('flannel');
  const flannel = page.getByLabel('Flannel version');
  await flannel.fill('latest');
  await page.getByLabel('Kubernetes version').fill('1.30');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toHaveText(
    'Saved in this browser, except Flannel version: not a version this site can compare.',
  );
  await expect(flannel).toBeFocused();
  await expect(flannel).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kb-cluster')!))).toEqual({
    plugin: 'flannel',
    kubernetes: '1.30',
  });
  await flannel.fill('v0.15.1.22-20a397e6-aliyun');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toHaveText('Saved in this browser.');
});

test('the form shows only the fields of the chosen plugin, and saves only those', async ({ page }) => {
  await page.goto('/en/cluster/');
  const terwayOnly = ['Terway version', 'Terway ENI mode', 'Terway data path'];
  for (const name of [...terwayOnly, 'Flannel version']) await expect(page.getByLabel(name)).toBeVisible();
  await page.getByLabel('Terway version').fill('1.10.2');
  await page.getByLabel('Terway ENI mode').selectOption('shared');
  await page.getByLabel('Network plugin').selectOption('flannel');
  for (const name of terwayOnly) await expect(page.getByLabel(name)).toBeHidden();
  await expect(page.getByLabel('Flannel version')).toBeVisible();
  await expect(page.getByLabel('Kubernetes version')).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kb-cluster')!))).toEqual({ plugin: 'flannel' });
  await page.getByLabel('Network plugin').selectOption('terway');
  await expect(page.getByLabel('Flannel version')).toBeHidden();
  // Picked by mistake and back: what was typed is still there, and saved again.
  await expect(page.getByLabel('Terway version')).toHaveValue('1.10.2');
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('kb-cluster')!))).toEqual({
    plugin: 'terway',
    terway: '1.10.2',
    eniMode: 'shared',
  });
});

test('an unset field that decides says "may apply" and links to the field', async ({ page }) => {
  await setCluster(page, { plugin: 'terway' });
  await page.goto('/en/faq/ipv6-no-internet-egress/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'maybe');
  await expect(status(page).getByRole('status')).toContainText('May apply to your cluster');
  await expect(status(page)).toContainText('Set IP family to check.');
  await status(page).getByRole('link', { name: 'IP family' }).click();
  await expect(page).toHaveURL(/\/en\/cluster\/#cluster-ipFamily$/);
  await expect(page.getByLabel('IP family')).toBeFocused();
  await page.getByLabel('IP family').selectOption('ipv4');
  await page.goto('/en/faq/ipv6-no-internet-egress/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'not-applicable');
  await expect(status(page)).toContainText('IP family: the entry covers IPv4/IPv6 dual stack; yours is IPv4 only');
});

test('an entry for the other plugin points to its counterpart for the reader’s plugin', async ({ page }) => {
  await setCluster(page, { plugin: 'flannel' });
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'not-applicable');
  await expect(status(page)).toContainText('For Flannel, see:');
  await status(page)
    .getByRole('link', { name: /the node's pod CIDR is used up/ })
    .click();
  await expect(page).toHaveURL(/\/en\/faq\/flannel-pod-cidr-exhausted\/$/);
  await expect(status(page)).toHaveAttribute('data-verdict', 'applies');
  await expect(status(page).getByText('For Terway, see:')).toBeHidden();
  await page.goto('/zh/faq/flannel-pod-cidr-exhausted/?plugin=terway');
  await expect(status(page).getByRole('link', { name: /vSwitch/ })).toHaveAttribute('href', '/zh/faq/vswitch-ip-exhausted/');
});

test('steps for other versions say so; their anchors stay', async ({ page }) => {
  await setCluster(page, { kubernetes: '1.16', kubeProxy: 'ipvs' });
  await page.goto('/en/faq/ipvs-udp-timeout-dns/#step-4');
  await expect(status(page)).toHaveAttribute('data-verdict', 'applies');
  const off = page.locator('.step-off');
  await expect(off).toHaveCount(2);
  for (const n of [2, 3]) {
    await expect(page.locator(`.heading-wrap:has(#step-${n}) + .step-off`)).toHaveText('Not for your version: Kubernetes 1.16');
  }
  await expect(page.locator('#step-4')).toContainText('Kubernetes 1.17 and earlier');
  await page.goto('/ja/faq/ipvs-udp-timeout-dns/?kubernetes=v1.30.1-aliyun.1&kubeProxy=ipvs');
  await expect(off).toHaveCount(1);
  await expect(page.locator('.heading-wrap:has(#step-4) + .step-off')).toHaveText(
    'お使いのバージョン向けではありません：Kubernetes v1.30.1-aliyun.1',
  );
  // Without a Kubernetes version nothing is marked: any step may be the reader's.
  await page.goto('/en/faq/ipvs-udp-timeout-dns/?kubeProxy=ipvs');
  await expect(status(page)).toHaveAttribute('data-verdict', 'applies');
  await expect(off).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true });
  test('the verdict also shows as one line under the title, linking to the full box', async ({ page }) => {
    await setCluster(page, { plugin: 'flannel', kubernetes: '1.16' });
    await page.goto('/en/faq/vswitch-ip-exhausted/');
    const line = page.locator('.verdict-line');
    await expect(line).toHaveText('Does not apply to your cluster');
    await expect(line).toBeInViewport();
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    const box = await line.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(title!.y + title!.height);
    expect(box!.y - (title!.y + title!.height)).toBeLessThan(24);
    expect(box!.height).toBeLessThan(32);
    await line.getByRole('link').click();
    await expect(status(page)).toBeInViewport();
  });
  test('the line keeps its place from first paint: nothing moves when it fills in', async ({ page }) => {
    await setCluster(page, { plugin: 'terway', terway: '1.10.2' });
    await watchLayoutShift(page);
    await page.goto('/en/faq/terway-in-cluster-loadbalance/');
    await expect(page.locator('.verdict-line')).toHaveText('May apply to your cluster');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    expect(await layoutShift(page), await layoutShiftReport(page)).toBe(0);
  });
});

test('on a wide screen the one-line verdict stays out of the way', async ({ page }) => {
  await setCluster(page, { plugin: 'flannel' });
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await expect(status(page)).toHaveAttribute('data-verdict', 'not-applicable');
  await expect(page.locator('.verdict-line')).toBeHidden();
});

test('one hidden entry is counted in the singular', async ({ page }) => {
  await setCluster(page, { plugin: 'terway' });
  await page.goto('/en/component/security-group/');
  await page.getByRole('checkbox', { name: 'Only entries that apply to my cluster' }).check();
  await expect(page.getByText('1 entry hidden because it does not apply to your cluster.')).toBeVisible();
});
