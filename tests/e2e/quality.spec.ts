import { expect, test, type Page } from '@playwright/test';
import { layoutShift, layoutShiftReport, watchLayoutShift } from './layout-shift.ts';

const representative = [
  '/',
  '/zh/',
  '/ja/faq/flannel-ip-leak-no-ip-available/',
  '/en/faq/vswitch-ip-exhausted/',
  '/en/search/?q=conntrack',
  '/ja/cluster/',
  '/zh/plugin/terway/',
  '/en/component/ipvs/',
  '/ja/faq/no-such-entry/',
];

/** Records CSP violations and requests to other origins while the page is used. */
async function watch(page: Page) {
  const violations: string[] = [];
  const foreign: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:') foreign.push(r.url());
  });
  return {
    async check() {
      const fromPage = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      return { violations: [...violations, ...fromPage], foreign };
    },
  };
}

test('pages load and work under the Content-Security-Policy, with no request to another origin', async ({ page }) => {
  const w = await watch(page);
  for (const path of representative) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv=content-security-policy]')).toHaveCount(1);
  }
  // Exercise the scripts that load later: search (Pagefind, WebAssembly, worker) and the header box.
  await page.goto('/ja/search/?q=hairpinMode');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === 'hairpinMode');
  await expect(page.locator('[data-list] li').first()).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type('conntrack');
  await expect(page.getByRole('listbox')).toBeVisible();
  // And the lazy chunks of an entry: copy, fill-in, section link, citation, and the cluster verdict.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/faq/vswitch-ip-exhausted/?plugin=terway&terway=1.10.2');
  await expect(page.locator('kb-applicability')).toHaveAttribute('data-verdict', /.+/);
  await page.getByRole('button', { name: /^Copy/ }).first().click();
  await page.locator('input[data-ph-input]').first().fill('node-a');
  await page.locator('a.heading-link').first().click();
  await page.locator('[data-cite-format]').first().click();
  await page.waitForLoadState('networkidle');
  const csp = await page.locator('meta[http-equiv=content-security-policy]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  const { violations, foreign } = await w.check();
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the first Tab reaches the skip link, which moves focus to the content; focus is always visible', async ({ page }) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // Keyboard order then follows the page: the first control after main is in the article.
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(first).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('header controls come in a logical order: title, search, cluster, languages, theme', async ({ page }) => {
  await page.goto('/zh/');
  const order: string[] = [];
  await page.keyboard.press('Tab'); // skip link
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.textContent?.trim() ?? '';
      }),
    );
  }
  expect(order).toEqual(['ACK 容器网络排障手册', '搜索，或粘贴报错…', '我的集群', '日本語', 'English']);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAccessibleName('主题：跟随系统');
});

test('text is set in faces of its own language: Japanese never in a Chinese face, English in no CJK face', async ({ page }) => {
  const face = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
  const cjk = /PingFang|Hiragino|Noto Sans CJK|YaHei|Yu Gothic|Meiryo/;
  await page.goto('/ja/faq/vswitch-ip-exhausted/');
  const ja = await face('main p');
  expect(ja).toMatch(/Hiragino Sans.*Noto Sans CJK JP.*Yu Gothic UI.*Meiryo/);
  expect(ja).not.toMatch(/PingFang|YaHei| SC\b/);
  // The system face comes after the language's own: on a Windows set to Chinese it would be a Chinese face.
  expect(ja.indexOf('system-ui')).toBeGreaterThan(ja.indexOf('Meiryo'));
  // Code keeps its monospace faces on a CJK page too, also code that says its own language.
  expect(await face('pre')).toMatch(/monospace/);
  expect(await face('pre')).not.toMatch(cjk);
  await page.evaluate(() => {
    const code = document.createElement('code');
    code.lang = 'en';
    code.id = 'own-lang';
    code.textContent = 'kubectl get pods';
    document.querySelector('main')!.append(code);
  });
  expect(await face('#own-lang')).toMatch(/^ui-monospace/);
  // The Chinese language link on a Japanese page is Chinese text.
  expect(await face('a[lang="zh-CN"]')).toMatch(/PingFang SC.*Microsoft YaHei/);
  await page.goto('/zh/faq/vswitch-ip-exhausted/');
  const zh = await face('main p');
  expect(zh).toMatch(/PingFang SC.*Noto Sans CJK SC.*Microsoft YaHei/);
  expect(zh).not.toMatch(/Hiragino|Yu Gothic|Meiryo| JP\b/);
  expect(zh.indexOf('system-ui')).toBeGreaterThan(zh.indexOf('Microsoft YaHei'));
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  expect(await face('main p')).not.toMatch(cjk);
  expect(await face('a[lang="ja"]')).toMatch(/Hiragino Sans/);
  // Code keeps its monospace faces in every language.
  expect(await face('pre')).toMatch(/monospace/);
  expect(await face('pre')).not.toMatch(cjk);
});

test('with reduced motion, nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const durations = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')]
        .map((el) => getComputedStyle(el))
        .filter((s) => s.transitionDuration !== '0s' || s.animationName !== 'none').length,
  );
  expect(durations).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

for (const cluster of [false, true]) {
  test(`no layout shift while an entry loads and its scripts run${cluster ? ' (with a cluster set)' : ''}`, async ({ page }) => {
    if (cluster) {
      await page.goto('/en/');
      await page.evaluate(() =>
        localStorage.setItem(
          'kb-cluster',
          JSON.stringify({ plugin: 'terway', terway: '1.10.2', eniMode: 'shared', datapath: 'ipvlan' }),
        ),
      );
    }
    await watchLayoutShift(page);
    await page.goto('/en/faq/terway-in-cluster-loadbalance/');
    // The page's own "scripts settled" signals: copy buttons added, and with a cluster the verdict filled in.
    await expect(page.locator('.copy-button').first()).toBeAttached();
    if (cluster) await expect(page.locator('kb-applicability')).toHaveAttribute('data-verdict', 'applies');
    await page.waitForLoadState('networkidle');
    // Then watch a further second, so a late chunk that moves things is still seen.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    expect(await layoutShift(page), await layoutShiftReport(page)).toBe(0);
  });
}

test('an entry prints cleanly: no header, search or buttons, code wrapped instead of cut', async ({ page }) => {
  await page.goto('/en/faq/flannel-ip-leak-no-ip-available/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('[data-fill]')).toBeHidden();
  await expect(page.locator('.copy-button').first()).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const wrap = await page
    .locator('figure.code pre')
    .first()
    .evaluate((el) => getComputedStyle(el).whiteSpace);
  expect(wrap).toBe('pre-wrap');
  // The printout carries the entry's text and no control.
  await expect(page.locator('article')).toContainText('no IP addresses available in range set');
  await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
});

test('printing after choosing dark gives dark text on white paper', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/en/faq/flannel-ip-leak-no-ip-available/');
  await page.getByRole('button', { name: 'Theme: follow the system' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  const colours = () =>
    page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.querySelector('h1')!).color,
      getComputedStyle(document.querySelector('.prose p')!).color,
    ]);
  expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(31, 35, 40)', 'rgb(31, 35, 40)']);
  // Back on screen the reader's dark choice holds.
  await page.emulateMedia({ media: 'screen' });
  expect((await colours())[0]).toBe('rgb(13, 17, 23)');
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('search filters fold behind one line, so results start on the first screen; a filter in the link opens them', async ({
    page,
  }) => {
    await page.goto('/zh/search/?q=pod');
    const first = page.locator('[data-list] > li').first();
    await expect(first).toBeVisible();
    await expect(first.getByRole('link').first()).toBeInViewport();
    expect((await first.boundingBox())!.y).toBeLessThan(600);
    const terway = page.getByRole('button', { name: 'Terway', exact: true });
    await expect(terway).toBeHidden();
    await page.getByText('筛选结果', { exact: true }).first().click();
    await expect(terway).toBeVisible();
    await terway.click();
    await expect(page).toHaveURL(/plugin=terway/);

    await page.goto('/zh/search/?q=pod&plugin=flannel');
    await expect(page.getByRole('button', { name: 'Flannel', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Flannel', exact: true })).toBeVisible();
  });

  test('the header has the same rows in every language: title, then cluster, languages and theme, then search', async ({
    page,
  }) => {
    for (const [lang, cluster] of [
      ['zh', '我的集群'],
      ['ja', 'マイクラスター'],
      ['en', 'My cluster'],
    ] as const) {
      await page.goto(`/${lang}/`);
      const banner = page.getByRole('banner');
      const top = async (l: ReturnType<typeof banner.getByRole>) => (await l.boundingBox())!.y;
      const title = await banner.getByRole('link').first().boundingBox();
      const clusterY = await top(banner.getByRole('link', { name: cluster }));
      const languagesY = await top(banner.getByRole('navigation'));
      const searchY = await top(banner.getByRole('searchbox'));
      expect(clusterY, lang).toBeGreaterThan(title!.y + title!.height - 1);
      expect(Math.abs(clusterY - languagesY), lang).toBeLessThan(12);
      expect(searchY, lang).toBeGreaterThan(clusterY + 10);
    }
  });

  test('every text field is at least 16px, so iOS does not zoom in when it gets focus', async ({ page }) => {
    for (const path of ['/en/search/?q=pod', '/en/faq/vswitch-ip-exhausted/', '/en/cluster/']) {
      await page.goto(path);
      const sizes = await page
        .locator('input:visible, textarea:visible, select:visible')
        .evaluateAll((els) => els.map((e) => `${e.id || e.getAttribute('name')} ${parseFloat(getComputedStyle(e).fontSize)}`));
      expect(sizes.length, path).toBeGreaterThan(0);
      for (const size of sizes) expect(Number(size.split(' ').pop()), `${path} ${size}`).toBeGreaterThanOrEqual(16);
    }
  });

  test('a long log line wraps on screen; tables of output keep their columns; copying still gives the exact text', async ({
    page,
    context,
  }) => {
    await page.goto('/en/faq/vswitch-ip-exhausted/');
    const log = page.locator('figure.code[data-kind=output]', { hasText: 'InvalidVSwitchId.IpNotEnough' }).first();
    const pre = log.locator('pre');
    expect(await pre.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
    const where = await pre.evaluate((e) => {
      const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.nodeValue!.indexOf('InvalidVSwitchId.IpNotEnough');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 'InvalidVSwitchId.IpNotEnough'.length);
        const r = range.getBoundingClientRect();
        return { right: r.right, box: e.getBoundingClientRect().right };
      }
      return null;
    });
    expect(where).not.toBeNull();
    expect(where!.right).toBeLessThanOrEqual(where!.box);

    await page.goto('/en/faq/dns-resolution-fails/');
    const columns = page.locator('figure.code[data-kind=output]', { hasText: 'CLUSTER-IP' }).first();
    expect(await columns.locator('pre').evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('pre');

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const messages = page.locator('figure.code', { hasText: 'Typical messages' });
    expect(await messages.locator('pre').evaluate((e) => getComputedStyle(e).whiteSpace)).toBe('pre-wrap');
    const copy = messages.getByRole('button', { name: /^Copy/ });
    await copy.click();
    await expect(copy).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      [
        'lookup www.aliyun.com on 172.21.0.10:53: read udp 172.20.1.5:41234->172.21.0.10:53: i/o timeout',
        'socket.gaierror: [Errno -3] Temporary failure in name resolution',
        'curl: (6) Could not resolve host: www.aliyun.com',
        ';; connection timed out; no servers could be reached',
      ].join('\n'),
    );
  });

  test('tables keep whole words in readable columns and scroll inside themselves, reachable by keyboard', async ({ page }) => {
    await page.goto('/en/faq/choose-terway-or-flannel/');
    const table = page.getByRole('table').first();
    const cells = await table.locator('th, td').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    for (const width of cells) expect(width).toBeGreaterThanOrEqual(112);
    // "Kubernetes" and "Bandwidth" each on one line, not broken inside the word.
    const lines = await table.evaluate((t) =>
      ['Kubernetes', 'Bandwidth', 'management'].map((word) => {
        const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.nodeValue!.indexOf(word);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + word.length);
          return `${word} ${new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size}`;
        }
        return `${word} missing`;
      }),
    );
    expect(lines).toEqual(['Kubernetes 1', 'Bandwidth 1', 'management 1']);
    await table.focus();
    await expect(table).toBeFocused();
    // The page itself never scrolls sideways.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('entries, browse pages, language links and code are all usable', async ({ page }) => {
    await page.goto('/ja/');
    await page.getByRole('link', { name: 'Flannel', exact: true }).first().click();
    await expect(page).toHaveURL('/ja/plugin/flannel/');
    await page
      .getByRole('link', { name: /ヘアピン|自分の Service/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('figure.code pre').first()).toBeVisible();
    await expect(page.locator('.copy-button')).toHaveCount(0);
    await expect(page.locator('[data-cite-box]')).toBeHidden();
    await expect(page.locator('kb-theme-toggle')).toBeHidden();
    const here = new URL(page.url()).pathname;
    await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(here.replace('/ja/', '/en/'));
    await page.locator('a.heading-link[href="#cause"]').click();
    await expect(page).toHaveURL(/#cause$/);
  });
});

test('an entry’s first visit loads no search, copy or cluster code; each loads on first use', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
  await page.goto('/en/faq/vswitch-ip-exhausted/', { waitUntil: 'networkidle' });
  const lazy = /\/pagefind\/|search-index\.json|\/snippets\.[\w-]+\.js|\/cluster-store\.[\w-]+\.js|\/entry-links\.[\w-]+\.js/;
  expect(scripts.filter((s) => lazy.test(s))).toEqual([]);

  await page.getByRole('banner').getByRole('searchbox').focus();
  await expect.poll(() => scripts.some((s) => /\/pagefind\/|search-index\.json/.test(s))).toBe(true);
  await page.locator('[data-cite-format]').first().click();
  await expect.poll(() => scripts.some((s) => /\/entry-links\.[\w-]+\.js/.test(s))).toBe(true);
  expect(scripts.some((s) => /\/cluster-store\.[\w-]+\.js/.test(s))).toBe(false);

  await page.goto('/en/faq/vswitch-ip-exhausted/?plugin=terway', { waitUntil: 'networkidle' });
  expect(scripts.some((s) => /\/cluster-store\.[\w-]+\.js/.test(s))).toBe(true);
});
