import { expect, test, type Page } from '@playwright/test';
import { queries } from '../search/queries.ts';

/** Runs one query through the real search page and returns the entry ids in rank order. */
async function ranked(page: Page, lang: string, q: string): Promise<string[]> {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction((query) => {
    const region = document.querySelector<HTMLElement>('[data-results]');
    return region?.dataset.query === query && region.getAttribute('aria-busy') === 'false';
  }, q);
  return page.locator('[data-list] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.entry ?? ''));
}

for (const lang of ['zh', 'ja', 'en'] as const) {
  test(`search quality (${lang}): the right entry is in the top three for at least 90% of the suite`, async ({ page }) => {
    test.setTimeout(180_000);
    const suite = queries[lang];
    const misses: string[] = [];
    let hit1 = 0;
    let hit3 = 0;
    for (const { q, expect: id } of suite) {
      const ids = await ranked(page, lang, q);
      if (ids[0] === id) hit1++;
      if (ids.slice(0, 3).includes(id)) hit3++;
      else misses.push(`  ${JSON.stringify(q)} → expected ${id}, got [${ids.slice(0, 3).join(', ')}]`);
    }
    const n = suite.length;
    console.log(
      `search quality ${lang}: hit@1 ${hit1}/${n} (${((hit1 / n) * 100).toFixed(0)}%), hit@3 ${hit3}/${n} (${((hit3 / n) * 100).toFixed(0)}%)`,
    );
    if (misses.length) console.log(`misses (${lang}):\n${misses.join('\n')}`);
    expect(n).toBeGreaterThanOrEqual(30);
    expect(hit3 / n).toBeGreaterThanOrEqual(0.9);
  });
}
