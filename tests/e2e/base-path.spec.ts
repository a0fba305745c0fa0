import { expect, test } from '@playwright/test';
import { KB_PORT } from '../../playwright.config.ts';

// The real site built with KB_SITE=https://kb.example.cn KB_BASE=/kb/ (npm run build:kb), as under a sub-path of another origin.
const SITE = 'https://kb.example.cn';
test.use({ baseURL: `http://localhost:${KB_PORT}` });

test('pages, links, assets and canonical URLs all carry the /kb/ base', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto('/kb/en/');
  await page
    .getByRole('link', { name: /vSwitch has run out of IP addresses/ })
    .first()
    .click();
  await expect(page).toHaveURL('/kb/en/faq/vswitch-ip-exhausted/');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${SITE}/kb/en/faq/vswitch-ip-exhausted/`);
  await expect(page.locator('link[rel=alternate][hreflang=ja]')).toHaveAttribute(
    'href',
    `${SITE}/kb/ja/faq/vswitch-ip-exhausted/`,
  );
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL('/kb/ja/faq/vswitch-ip-exhausted/');
  expect(failed).toEqual([]);
});

test('under the sub-path, bundles are kept a year and pages asked for again', async ({ page }) => {
  const cache = new Map<string, string>();
  page.on('response', (r) => cache.set(new URL(r.url()).pathname, r.headers()['cache-control'] ?? ''));
  await page.goto('/kb/en/faq/vswitch-ip-exhausted/');
  const bundles = [...cache].filter(([path]) => path.startsWith('/kb/_astro/'));
  expect(bundles.length).toBeGreaterThan(1);
  for (const [path, value] of bundles) expect(value, path).toBe('public, max-age=31536000, immutable');
  expect(cache.get('/kb/en/faq/vswitch-ip-exhausted/')).toBe('no-cache');
});

test('search works under the sub-path', async ({ page }) => {
  await page.goto('/kb/en/search/?q=hairpinMode');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === 'hairpinMode');
  const first = page.locator('[data-list] > li a').first();
  await expect(first).toHaveAttribute('href', /^\/kb\/en\/faq\/flannel-hairpin-service-loopback\//);
});

test('/kb/go/<id> keeps the base and the fragment', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(`http://localhost:${KB_PORT}/kb/go/conntrack-table-full/#solution`);
  await page.waitForURL('**/kb/ja/faq/conntrack-table-full/#solution');
  await context.close();
});

test('the root of the sub-path picks the reader’s language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`http://localhost:${KB_PORT}/kb/`);
  await page.waitForURL('**/kb/zh/');
  await context.close();
});

test('the sitemap and /api/faq.json use the configured origin and base', async ({ request }) => {
  const index = await (await request.get('/kb/sitemap.xml')).text();
  expect(index).toContain(`<sitemap><loc>${SITE}/kb/sitemap-0.xml</loc></sitemap>`);
  expect(index).not.toContain('ack-network-kb.example.com');
  const xml = await (await request.get('/kb/sitemap-0.xml')).text();
  expect(xml).toContain(`<loc>${SITE}/kb/zh/faq/conntrack-table-full/</loc>`);
  expect(xml).not.toContain('ack-network-kb.example.com');
  const api = (await (await request.get('/kb/api/faq.json')).json()) as {
    entries: { id: string; permalink: string; languages: { en: { url: string } } }[];
  };
  const entry = api.entries.find((e) => e.id === 'conntrack-table-full')!;
  expect(entry.permalink).toBe(`${SITE}/kb/go/conntrack-table-full/`);
  expect(entry.languages.en.url).toBe(`${SITE}/kb/en/faq/conntrack-table-full/`);
});

test('under the sub-path, an entry URL without its language or in another case redirects to the entry', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.goto(`http://localhost:${KB_PORT}/kb/faq/Conntrack-Table-Full/#cause`);
  await page.waitForURL('**/kb/ja/faq/conntrack-table-full/#cause');
  await context.close();
});
