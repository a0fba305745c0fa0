import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { coverSample, styleFeatures, templateOf, type BuiltPage } from './axe-sample';

/** Every page of the built site, as a URL path; pages that only redirect are listed apart. */
function builtPages(root = 'dist'): { pages: BuiltPage[]; redirects: BuiltPage[] } {
  const pages: BuiltPage[] = [];
  const redirects: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (name.endsWith('.html')) {
        const url = `/${relative(root, path)
          .replace(/\\/g, '/')
          .replace(/index\.html$/, '')}`;
        const html = readFileSync(path, 'utf8');
        (/http-equiv="refresh"|<kb-go\b/.test(html) ? redirects : pages).push({ url, html });
      }
    }
  };
  walk(root);
  const byUrl = (a: BuiltPage, b: BuiltPage) => a.url.localeCompare(b.url);
  return { pages: pages.sort(byUrl), redirects: redirects.sort(byUrl) };
}

const built = builtPages();
const { redirects } = built;
const pages = built.pages.map((p) => p.url);
/** Every template in every language, and pages enough to use every element-and-class pair (see axe-sample.ts). */
const cover = coverSample(built.pages);
/** Entry and triage pages: their structure (headings, tables, lists, links, lang) is their own content. */
const entryPages = pages.filter((p) => /^\/(?:zh|ja|en)\/faq\//.test(p));
/**
 * Triage nodes in English: a node's structure (question, command blocks, lists, answers) is the same in every
 * language, its commands and answers checked identical by the content check; the cover takes zh and ja ones.
 */
const triagePages = pages.filter((p) => /^\/en\/triage\/[^/]+\//.test(p));
/** One rule set for every sweep. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** axe-core itself, loaded into every page of a context before the page's own scripts. */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/**
 * Every page the sweeps open carries axe from its first byte: an init script
 * (compiled once per context) instead of injecting 560 KB of source into each
 * page after load, and axe.run in the page itself instead of
 * @axe-core/playwright's default mode, which opens a second blank page per
 * analysis to merge frame results our pages (no frames) do not have. Together
 * they cut a page's analysis from about 1.6 s to 0.6 s.
 */
const withAxe = (context: BrowserContext) => context.addInitScript({ path: AXE });
test.beforeEach(({ context }) => withAxe(context));
/** Pages in chunks of 20, so each test has a bounded run time however far the corpus grows. */
const CHUNK = 20;
function chunked(list: readonly string[]) {
  return Object.entries({
    zh: list.filter((p) => p.startsWith('/zh/')),
    ja: list.filter((p) => p.startsWith('/ja/')),
    en: list.filter((p) => p.startsWith('/en/')),
    other: list.filter((p) => !/^\/(zh|ja|en)\//.test(p)),
  }).flatMap(([group, part]) =>
    Array.from({ length: Math.ceil(part.length / CHUNK) }, (_, i) => ({
      name: `${group} pages ${i * CHUNK + 1}–${Math.min(part.length, (i + 1) * CHUNK)} of ${part.length}`,
      list: part.slice(i * CHUNK, (i + 1) * CHUNK),
    })),
  );
}

test('the cover holds every template in every language and every element-and-class pair of the site', () => {
  const sampled = built.pages.filter((p) => cover.includes(p.url));
  const templates = (list: readonly BuiltPage[]) => [...new Set(list.map((p) => templateOf(p.url)))].sort();
  const features = (list: readonly BuiltPage[]) => [...new Set(list.flatMap((p) => [...styleFeatures(p.html)]))].sort();
  expect(templates(sampled)).toEqual(templates(built.pages));
  expect(features(sampled)).toEqual(features(built.pages));
  // Entry, search, cluster, browse, home and 404 pages in three languages, and the root and 404 pages.
  expect(templates(sampled).length).toBeGreaterThanOrEqual(3 * 6 + 2);
  expect(pages.length).toBeGreaterThan(250);
});

test('the structure sweep visits every entry page in every language and every triage node', () => {
  expect(entryPages.length).toBeGreaterThanOrEqual(174);
  expect(chunked(entryPages).reduce((n, c) => n + c.list.length, 0)).toBe(entryPages.length);
  // Seven trees of at least four nodes.
  expect(triagePages.length).toBeGreaterThanOrEqual(7 * 4);
  expect(chunked(triagePages).reduce((n, c) => n + c.list.length, 0)).toBe(triagePages.length);
});

/** Runs axe on the page as it is now (colour contrast too, unless told not to) and returns readable failures. */
async function sweep(page: Page, label: string, contrast = true): Promise<string[]> {
  const options: RunOptions = {
    runOnly: { type: 'tag', values: TAGS },
    rules: contrast ? {} : { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  };
  const { violations, passes } = await page.evaluate(
    (opts) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, opts),
    options,
  );
  // A sweep that ran no rule would pass every page: axe must have checked something.
  expect(passes.length + violations.length, `${label}: axe checked no rule`).toBeGreaterThan(10);
  return violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Runs axe on each page of a list and returns readable failures. */
async function sweepPages(page: Page, list: readonly string[], contrast: boolean) {
  const failures: string[] = [];
  for (const path of list) {
    await page.goto(path);
    failures.push(...(await sweep(page, path, contrast)));
  }
  return failures;
}

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, list } of chunked(cover)) {
    test(`axe (WCAG 2.2 AA, every rule): the cover's ${name} in the ${scheme} theme have no violations`, async ({ page }) => {
      test.setTimeout(300_000);
      expect(list.length).toBeGreaterThan(0);
      await page.emulateMedia({ colorScheme: scheme });
      const failures = await sweepPages(page, list, true);
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
}

for (const { name, list } of [
  ...chunked(entryPages).map((c) => ({ ...c, name: `entry ${c.name}` })),
  ...chunked(triagePages).map((c) => ({ ...c, name: `triage ${c.name}` })),
]) {
  test(`axe (WCAG 2.2 AA, every rule but colour contrast, which the cover decides): ${name} have no violations`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    expect(list.length).toBeGreaterThan(0);
    const failures = await sweepPages(page, list, false);
    expect(failures, failures.join('\n')).toEqual([]);
  });
}

// /go/ pages share one template and hold only the entry's three titles: a
// cover of them (every element-and-class pair) stands for all.
const goAll = redirects.filter((p) => p.url.startsWith('/go/'));
const goPages = coverSample(goAll);

test('the /go/ sweep covers every element-and-class pair of the /go/ pages', () => {
  const features = (list: readonly BuiltPage[]) => [...new Set(list.flatMap((p) => [...styleFeatures(p.html)]))].sort();
  expect(goAll.length).toBeGreaterThanOrEqual(58);
  expect(features(goAll.filter((p) => goPages.includes(p.url)))).toEqual(features(goAll));
});

for (let i = 0; i < goPages.length || i === 0; i += CHUNK) {
  const list = goPages.slice(i, i + CHUNK);
  test(`axe: /go/ pages (${list.length} covering all ${goAll.length}), as readers without JavaScript see them, have no violations`, async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    expect(list.length).toBeGreaterThan(0);
    const context = await browser.newContext();
    await withAxe(context);
    // Block the page's own scripts (the redirect) but keep JavaScript on, which axe itself needs.
    await context.route('**/_astro/*.js', (route) => route.abort());
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of list) {
      await page.goto(path);
      expect(new URL(page.url()).pathname).toBe(path);
      failures.push(...(await sweep(page, path)));
    }
    expect(failures, failures.join('\n')).toEqual([]);
    await context.close();
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the states readers meet (results, open listbox, verdicts with a cluster, form error, fill-in, copy feedback) in the ${scheme} theme`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const failures: string[] = [];

    await page.goto('/en/search/?q=hairpinMode');
    await expect(page.locator('[data-list] > li').first()).toBeVisible();
    failures.push(...(await sweep(page, 'search results')));

    await page.goto('/ja/');
    await page.getByRole('banner').getByRole('searchbox').fill('conntrack');
    await expect(page.locator('#header-search-results[role=listbox] [role=option]').first()).toBeVisible();
    failures.push(...(await sweep(page, 'open header listbox')));

    await page.goto('/en/faq/vswitch-ip-exhausted/?plugin=flannel&kubernetes=1.30');
    await expect(page.locator('kb-applicability[data-verdict]')).toHaveCount(1);
    failures.push(...(await sweep(page, 'verdict panel, other plugin')));
    await page.goto('/zh/plugin/terway/?plugin=flannel');
    failures.push(...(await sweep(page, 'dimmed list with a cluster set')));
    await page.goto('/en/faq/ipvs-udp-timeout-dns/?plugin=terway&kubernetes=1.16');
    await expect(page.locator('.step-off').first()).toBeVisible();
    failures.push(...(await sweep(page, 'may-apply verdict with field links, steps for other versions')));

    await page.goto('/en/cluster/');
    await page.locator('[name=kubernetes]').fill('latest');
    await page.locator('[name=kubernetes]').press('Tab');
    await expect(page.locator('[name=kubernetes]')).toHaveAttribute('aria-invalid', 'true');
    failures.push(...(await sweep(page, 'cluster form with an error')));

    await page.goto('/en/faq/vswitch-ip-exhausted/');
    await page.locator('input[data-ph-input]').first().fill('node-a');
    failures.push(...(await sweep(page, 'fill-in panel with a value')));

    // Copy feedback: a copy with values still to fill in (amber button, the panel's way back) and a
    // citation whose clipboard refused (the box to copy from by hand).
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page
      .locator('figure.code[data-placeholders]')
      .nth(1)
      .getByRole('button', { name: /^Copy / })
      .click();
    await expect(page.locator('[data-fill-back]')).toBeVisible();
    failures.push(...(await sweep(page, 'copy with values still to fill in')));
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.locator('[data-cite-format=plain]').click();
    await expect(page.locator('[data-copy-box]')).toBeVisible();
    failures.push(...(await sweep(page, 'citation to copy by hand')));

    expect(failures, failures.join('\n')).toEqual([]);
  });
}
