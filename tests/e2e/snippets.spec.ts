import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const block = (page: Page, title: string | RegExp) =>
  page.locator('figure.code').filter({ has: page.locator('figcaption', { hasText: title }) });

for (const [lang, title] of [
  ['zh', '共享 ENI 模式 (terway-eniip)'],
  ['ja', '共有 ENI モード (terway-eniip)'],
  ['en', 'Shared ENI mode (terway-eniip)'],
] as const) {
  test(`copy puts exactly the command on the clipboard (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/faq/vswitch-ip-exhausted/`);
    await block(page, title).getByRole('button').click();
    await expect.poll(() => clipboard(page)).toBe('kubectl -n kube-system rollout restart daemonset/terway-eniip');
  });
}

test('the copy button is labelled in the page language and announces success to screen readers', async ({ page }) => {
  await page.goto('/ja/faq/vswitch-ip-exhausted/');
  const button = page.getByRole('button', { name: 'コピー：共有 ENI モード (terway-eniip)' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-announce]')).toHaveText('コピーしました');
  await expect(page.locator('[data-announce]')).toHaveAttribute('aria-live', 'polite');
  await expect.poll(() => clipboard(page)).toBe('kubectl -n kube-system rollout restart daemonset/terway-eniip');
});

test('output blocks have no copy button; every other block has one', async ({ page }) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await expect(page.locator('figure.code[data-kind=output]').first()).toBeVisible();
  await expect(page.locator('figure.code[data-kind=output] button')).toHaveCount(0);
  const others = await page.locator('figure.code:not([data-kind=output])').count();
  await expect(page.locator('figure.code:not([data-kind=output]) .copy-button')).toHaveCount(others);
});

test('an unfilled placeholder is copied as written and the announcement names it', async ({ page }) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  // Its placeholders are buttons too (they lead to their fields): the copy button by its name.
  await page.locator('figure.code[data-placeholders]').first().getByRole('button', { name: 'Copy Terminal' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(
      "kubectl describe pod -n <namespace> <pod-name>\nkubectl get pod -n kube-system -o wide -l 'app in (terway-eniip,terway-eni)' --field-selector spec.nodeName=<node-name>\nkubectl logs --tail=100 -f <terway-pod-name> -n kube-system -c terway",
    );
  await expect(page.locator('[data-announce]')).toHaveText(
    'Copied, but still to fill in: <namespace>, <pod-name>, <node-name>, <terway-pod-name>',
  );
});

test('a copy with values still to fill in says so on the button, in amber, and leads to the first empty field and back', async ({
  page,
}) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const panel = page.getByRole('region', { name: 'Your values' });
  // One value already given: the copy names only the others, and leads to the first of those in the block.
  await panel.getByRole('textbox', { name: '<namespace>' }).fill('default');
  const figure = page.locator('figure.code[data-placeholders]').first();
  // The button keeps its name ("Copy Terminal"); what it shows after a copy is the outcome.
  const button = figure.getByRole('button', { name: 'Copy Terminal' });
  await button.click();
  const warning = 'Copied, but still to fill in: <pod-name>, <node-name>, <terway-pod-name>';
  await expect(button).toHaveText(warning);
  await expect(button).toBeVisible();
  expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 248, 197)');
  await expect(page.locator('[data-announce]')).toHaveText(warning);
  expect(await clipboard(page)).toContain('kubectl describe pod -n default <pod-name>');

  const field = panel.getByRole('textbox', { name: '<pod-name>' });
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  await expect(panel.getByText(warning)).toBeVisible();

  // A value typed, Enter: back at the command, whose button no longer claims what was copied before.
  await page.keyboard.type('web-0');
  await page.keyboard.press('Enter');
  await expect(button).toBeFocused();
  await expect(button).toBeInViewport();
  await expect(button).toHaveText('Copy');
  expect(await clipboard(page)).toContain('<pod-name>');
  await expect(panel.getByRole('button', { name: 'Back to the command' })).toBeHidden();

  // All filled: the plain "Copied", in the ordinary colours, and focus stays on the button.
  await panel.getByRole('textbox', { name: '<node-name>' }).fill('node-a');
  await panel.getByRole('textbox', { name: '<terway-pod-name>' }).fill('terway-eniip-x');
  await button.click();
  await expect(button).toHaveText('Copied');
  await expect(button).toBeFocused();
  expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe('rgb(255, 248, 197)');
  expect(await clipboard(page)).not.toContain('<');
  await expect(button).toHaveText('Copy');
});

test('a placeholder in a command leads to its field, by click or Enter, and the button in the panel leads back', async ({
  page,
}) => {
  await page.goto('/en/faq/flannel-ip-leak-no-ip-available/');
  const panel = page.getByRole('region', { name: 'Your values' });
  const panelTop = () => panel.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  const top = await panelTop();
  const field = panel.getByRole('textbox', { name: '<node-name>' });
  // The last step, thousands of pixels below the panel.
  await expect(page.getByRole('button', { name: '<node-name>', exact: true }).last()).toHaveAttribute('data-ph', 'node-name');
  const placeholder = page.locator('.ph[data-ph=node-name]').last();
  await placeholder.scrollIntoViewIfNeeded();
  expect(await placeholder.evaluate((el) => el.getBoundingClientRect().top + scrollY - 3000)).toBeGreaterThan(top);
  await placeholder.click();
  await expect(field).toBeFocused();
  await expect(field).toBeInViewport();
  expect(await panelTop()).toBe(top);

  await panel.getByRole('button', { name: 'Back to the command' }).click();
  await expect(placeholder).toBeFocused();
  await expect(placeholder).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.type('cn-hangzhou.10.0.1.23');
  await page.keyboard.press('Enter');
  await expect(placeholder).toBeFocused();
  await expect(placeholder).toHaveText('cn-hangzhou.10.0.1.23');
});

test('filled placeholders show in every block, reach the clipboard and last for the session', async ({ page }) => {
  await page.goto('/en/faq/pod-ip-outside-vswitch-cidr/');
  const panel = page.getByRole('region', { name: 'Your values' });
  await panel.getByRole('textbox', { name: '<node-name>' }).fill('cn-hangzhou.10.0.1.23');
  const spans = page.locator('.ph[data-ph=node-name]');
  const count = await spans.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) await expect(spans.nth(i)).toHaveText('cn-hangzhou.10.0.1.23');
  const withNode = page.locator('figure.code[data-placeholders~=node-name]').first();
  await withNode.getByRole('button', { name: /^Copy / }).click();
  await expect(page.locator('[data-announce]')).toHaveText('Copied');
  const copied = await clipboard(page);
  expect(copied).toContain('cn-hangzhou.10.0.1.23');
  expect(copied).not.toContain('<node-name>');

  await page.goto('/en/faq/flannel-node-network-unavailable-taint/');
  await expect(page.locator('.ph[data-ph=node-name]').first()).toHaveText('cn-hangzhou.10.0.1.23');
  await expect(page.getByRole('textbox', { name: '<node-name>' })).toHaveValue('cn-hangzhou.10.0.1.23');

  // For this tab only: another tab of the same browser starts empty.
  const other = await page.context().newPage();
  await other.goto('/en/faq/flannel-node-network-unavailable-taint/');
  await expect(other.getByRole('textbox', { name: '<node-name>' })).toHaveValue('');
  await expect(other.locator('.ph[data-ph=node-name]').first()).toHaveText('<node-name>');
});

test('a ConfigMap change copies the resulting text: no diff markers, no removed lines', async ({ page }) => {
  await page.goto('/en/faq/flannel-ip-leak-no-ip-available/');
  const json = block(page, 'ConfigMap kube-system/kube-flannel-cfg');
  await expect(json.locator('.line.add').first()).toBeVisible();
  await expect(json.locator('.line.del')).toHaveCount(1);
  await json.getByRole('button').click();
  await expect(page.locator('[data-announce]')).toHaveText('Copied');
  const copied = await clipboard(page);
  expect(copied).not.toContain('[!code');
  expect(copied).not.toMatch(/^\s*[+−-]\s/m);
  const parsed = JSON.parse(copied) as { plugins: { dataDir?: string; ipam?: { dataDir: string } }[] };
  expect(parsed.plugins[0]!.dataDir).toBe('/var/run/cni/flannel');
  expect(parsed.plugins[0]!.ipam!.dataDir).toBe('/var/run/cni/networks');
});

test('where the Clipboard API fails, the code is selected and the reader is told, on the button, to copy by hand', async ({
  page,
}) => {
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  const figure = block(page, 'Shared ENI mode (terway-eniip)');
  await figure.getByRole('button').click();
  await expect(page.locator('[data-announce]')).toHaveText('Copy failed: select the text and copy it by hand');
  // Said where the reader looks too, not only to screen readers.
  await expect(figure.getByRole('button')).toHaveText('Copy failed: select the text and copy it by hand');
  await expect(figure.getByRole('button')).toBeVisible();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(
    'kubectl -n kube-system rollout restart daemonset/terway-eniip',
  );
});

test('without JavaScript the code is there and no dead button or panel is shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await expect(page.locator('figure.code pre').first()).toContainText('kubectl describe pod -n');
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Your values' })).toHaveCount(0);
  await context.close();
});

test('highlighting follows the theme without any highlighting script', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  const token = page.locator('figure.code pre span[class*=d]').first();
  const dark = await token.evaluate((el) => getComputedStyle(el).color);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await token.evaluate((el) => getComputedStyle(el).color);
  expect(dark).not.toBe(light);
});

test('the served HTML is already highlighted and no script shipped to the page carries a highlighter', async ({ page }) => {
  // The raw HTML, before any script runs, holds the coloured token spans.
  const html = await (await page.request.get('/en/faq/vswitch-ip-exhausted/')).text();
  const blocks = html.match(/<pre class="shiki[^"]*"[^>]*><code>.*?<\/code>/gs) ?? [];
  expect(blocks.length).toBeGreaterThan(2);
  expect(blocks.filter((b) => /<span class="l\d+ d\d+">/.test(b)).length).toBeGreaterThan(1);
  // Every script the page loads, and the lazy ones a copy and a fill-in load, is free of grammars and engines.
  // Responses are kept as they come and read once the page is idle (reading each
  // in the event handler raced the end of the test).
  const scripts: import('@playwright/test').Response[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r);
  });
  await page.goto('/en/faq/vswitch-ip-exhausted/');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: /^Copy/ }).first().click();
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts.map((r) => r.text()));
  expect(bodies.length).toBeGreaterThan(1);
  for (const body of bodies) {
    expect(body).not.toMatch(/scopeName|oniguruma|onig\.wasm|tokenizeLine|codeToHtml/);
  }
});
