import { expect, test, type Page } from '@playwright/test';

/**
 * Pastes text into a box as the clipboard delivers it (a paste event with
 * text/plain); says whether the page took the paste over (prevented the default).
 */
async function paste(page: Page, selector: string, text: string): Promise<boolean> {
  await page.locator(selector).focus();
  return page.evaluate(
    ([sel, value]) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector(sel)!.dispatchEvent(event);
      return event.defaultPrevented;
    },
    [selector, text] as const,
  );
}

async function settled(page: Page) {
  await page.waitForFunction(() => {
    const region = document.querySelector<HTMLElement>('[data-results]');
    const area = document.querySelector<HTMLTextAreaElement>('#search-paste');
    return !!area?.value && region?.dataset.query === area.value && region.getAttribute('aria-busy') === 'false';
  });
}

// What on-call engineers paste: a describe tail with a Terway allocation error,
// CoreDNS's log during an upstream timeout, and kubelet's CNI-not-ready condition.
const pastes = [
  {
    name: 'kubectl describe pod with a Terway allocation error',
    expect: 'vswitch-ip-exhausted',
    line: 5,
    text: [
      'Events:',
      '  Type     Reason                  Age                From               Message',
      '  ----     ------                  ----               ----               -------',
      '  Normal   Scheduled               3m                 default-scheduler  Successfully assigned shop/cart-5d8c7b9f6-p2x7q to cn-hangzhou.10.0.3.41',
      '  Warning  FailedCreatePodSandBox  2m (x4 over 3m)    kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "3f2a9c": plugin type="terway" name="terway" failed (add): cmdAdd: error alloc ip rpc error: code = Unknown desc = InvalidVSwitchId.IpNotEnough',
      '  Normal   SandboxChanged          2m (x4 over 3m)    kubelet            Pod sandbox changed, it will be killed and re-created.',
    ].join('\n'),
  },
  {
    name: 'a CoreDNS log with upstream timeouts',
    expect: 'dns-resolution-fails',
    line: 3,
    text: [
      '.:53',
      '[INFO] plugin/reload: Running configuration SHA512 = 8a3f0c1b',
      '[ERROR] plugin/errors: 2 api.example.com. A: read udp 172.20.1.5:41524->100.100.2.136:53: i/o timeout',
      '[ERROR] plugin/errors: 2 api.example.com. AAAA: read udp 172.20.1.5:52311->100.100.2.138:53: i/o timeout',
    ].join('\n'),
  },
  {
    name: 'a kubelet CNI-not-ready condition',
    expect: 'flannel-cniversion-notready',
    line: 2,
    text: [
      'Conditions:',
      '  Ready   False   Mon, 30 Nov 2026 10:02:11 +0800   Mon, 30 Nov 2026 09:41:27 +0800   KubeletNotReady   container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:docker: network plugin is not ready: cni config uninitialized',
      '  MemoryPressure   False   Mon, 30 Nov 2026 10:02:11 +0800   KubeletHasSufficientMemory   kubelet has sufficient memory available',
    ].join('\n'),
  },
];

for (const lang of ['zh', 'ja', 'en'] as const) {
  for (const p of pastes) {
    test(`a pasted ${p.name} gives ${p.expect} first, with the line that matched (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/search/`);
      await paste(page, '#search-q', p.text);
      await expect(page.locator('[data-diagnose]')).toBeVisible();
      await expect(page.locator('#search-paste')).toHaveValue(p.text);
      await settled(page);
      const first = page.locator('[data-list] > li').first();
      await expect(first).toHaveAttribute('data-entry', p.expect);
      const line = first.locator(`.paste-line[data-line="${p.line}"]`);
      await expect(line).toBeVisible();
      await expect(line.locator('mark')).not.toBeEmpty();
      // The paste never goes into the address bar.
      expect(new URL(page.url()).search).toBe('');
      expect(new URL(page.url()).hash).toBe('#diagnose');
    });
  }
}

test('a multi-line paste into the header box opens the diagnosis view with it, outside the URL', async ({ page }) => {
  await page.goto('/en/faq/kube-proxy-config/');
  const box = page.getByRole('banner').getByRole('searchbox');
  await box.focus();
  await paste(page, 'header input[type=search]', pastes[0]!.text);
  await page.waitForURL(/\/en\/search\/#diagnose$/);
  await expect(page.locator('#search-paste')).toHaveValue(pastes[0]!.text);
  await settled(page);
  await expect(page.locator('[data-list] > li').first()).toHaveAttribute('data-entry', 'vswitch-ip-exhausted');
  // A reload keeps the paste (this tab only).
  await page.reload();
  await settled(page);
  await expect(page.locator('#search-paste')).toHaveValue(pastes[0]!.text);
});

test('a diagnosis shows each hit with its summary and fetches no Pagefind fragment for it', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/fragment/')) fragments.push(r.url());
  });
  await page.goto('/en/search/');
  await paste(page, '#search-q', pastes[1]!.text);
  await settled(page);
  // A hit found by its words, not by a known error (that one shows the error instead).
  const second = page
    .locator('[data-list] > li')
    .filter({ hasNot: page.locator('.badge-known') })
    .first();
  const id = await second.getAttribute('data-entry');
  const summary = await page.evaluate(
    async (entry) =>
      ((await (await fetch('/en/search-index.json')).json()) as { entries: { id: string; summary: string }[] }).entries.find(
        (e) => e.id === entry,
      )!.summary,
    id,
  );
  await expect(second.locator('.search-hit-excerpt')).toHaveText(summary);
  await expect(second.locator('a').first()).toHaveAttribute('href', `/en/faq/${id}/`);
  expect(fragments).toEqual([]);
});

test('editing the paste re-reads it, and clearing it returns to the one-line box', async ({ page }) => {
  await page.goto('/en/search/');
  await paste(page, '#search-q', pastes[1]!.text);
  await settled(page);
  await expect(page.locator('[data-list] > li').first()).toHaveAttribute('data-entry', 'dns-resolution-fails');
  await page.locator('#search-paste').fill(pastes[2]!.text);
  await settled(page);
  await expect(page.locator('[data-list] > li').first()).toHaveAttribute('data-entry', 'flannel-cniversion-notready');
  await page.getByRole('button', { name: 'Clear the paste' }).click();
  await expect(page.locator('[data-diagnose]')).toBeHidden();
  await expect(page.locator('#search-q')).toBeFocused();
  expect(await page.evaluate(() => sessionStorage.getItem('kb-paste'))).toBeNull();
  expect(new URL(page.url()).hash).toBe('');
});

test('a one-line paste is left to the box: a normal search with a shareable URL', async ({ page }) => {
  await page.goto('/en/search/');
  expect(await paste(page, '#search-q', 'InvalidVSwitchId.IpNotEnough\n')).toBe(false);
  await expect(page.locator('[data-diagnose]')).toBeHidden();
  expect(await paste(page, '#search-q', pastes[0]!.text)).toBe(true);
  await expect(page.locator('[data-diagnose]')).toBeVisible();
});

test('each hit shows the line that tells it apart: the cause of a troubleshooting entry', async ({ page }) => {
  await page.goto('/en/search/?q=no%20IP%20addresses%20available%20in%20range%20set');
  await page.waitForFunction(
    () =>
      document.querySelector<HTMLElement>('[data-results]')?.getAttribute('aria-busy') === 'false' &&
      document.querySelectorAll('[data-list] > li').length > 1,
  );
  const hits = page.locator('[data-list] > li');
  const whys = await hits.locator('.search-hit-why').allInnerTexts();
  expect(whys.length).toBeGreaterThan(1);
  expect(new Set(whys).size).toBe(whys.length);
});
