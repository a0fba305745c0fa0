/**
 * How the pages that list entries split as the knowledge base grows, so each
 * stays within the first-visit budget (README, Budgets) at any size: a browse
 * page, the error index and the home page's plugin sections. At today's size
 * most lists fit on one page; at 10,000 entries per language every list would
 * otherwise weigh hundreds of kilobytes.
 */

/** Entries on one browse page (by plugin, by component): 25 titles with their summaries and badges fit in 14 KB. */
export const BROWSE_PAGE = 25;

/**
 * Lines on one page of the error index: each message is a line, and so is
 * each entry shown under it (at most ERROR_ENTRIES).
 */
export const ERRORS_PAGE = 100;

/** Entries shown under one error message on the error index; the rest are a search away. */
export const ERROR_ENTRIES = 10;

/** The entries shown under one error on the error index (ERROR_ENTRIES at most), and how many more a search finds. */
export function shownUnderError<T>(entries: readonly T[]): { shown: T[]; more: number } {
  return { shown: entries.slice(0, ERROR_ENTRIES), more: Math.max(0, entries.length - ERROR_ENTRIES) };
}

/** Entries shown in each plugin section of the home page; the plugin's browse page lists them all. */
export const HOME_PER_PLUGIN = 4;

/**
 * Splits `items` into pages of at most `max`, as evenly as it can (31 items at
 * 25 a page are 15 and 16, not 25 and 6), in order. With a `weight` per item
 * (lines it takes, say), pages hold about the same weight, each at most `max`
 * plus one item's weight. An empty list is one empty page, so a list always
 * has a first page.
 */
export function evenPages<T>(items: readonly T[], max: number, weight: (item: T) => number = () => 1): T[][] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`evenPages: expected a page size of 1 or more, got ${max}`);
  const weights = items.map(weight);
  const bad = weights.findIndex((w) => !(w > 0 && Number.isFinite(w)));
  if (bad >= 0) throw new RangeError(`evenPages: expected a positive weight for item ${bad}, got ${weights[bad]}`);
  const total = weights.reduce((a, b) => a + b, 0);
  const count = Math.max(1, Math.ceil(total / max));
  const pages: T[][] = Array.from({ length: count }, () => []);
  let before = 0;
  items.forEach((item, i) => {
    // Each item goes to the page its middle falls in, so no page holds more than its share and one item.
    const page = Math.floor(((before + weights[i]! / 2) * count) / total);
    pages[page]!.push(item);
    before += weights[i]!;
  });
  // An item heavier than a page's share leaves a page without one: there is no such page.
  const filled = pages.filter((page) => page.length > 0);
  return filled.length ? filled : [[]];
}

/** One page of a list: its items, its number (from 1) of `count`, and where it starts and ends in the list (from 1). */
export interface ListPage<T> {
  items: T[];
  number: number;
  count: number;
  from: number;
  to: number;
  total: number;
}

/** `items` as pages (evenPages), each knowing its place. */
export function listPages<T>(items: readonly T[], max: number): ListPage<T>[] {
  let from = 1;
  return evenPages(items, max).map((page, i, all) => {
    const out = { items: page, number: i + 1, count: all.length, from, to: from + page.length - 1, total: items.length };
    from += page.length;
    return out;
  });
}

/** The route parameter of page `n` of a list (`[...page]`): none for the first page, the number after it. */
export function pageParam(n: number): string | undefined {
  return n > 1 ? String(n) : undefined;
}

/**
 * The page numbers a pager shows around page `current` of `count`: the first,
 * the last, and the two either side of the current one, with `null` where
 * numbers are left out (1 … 4 5 6 7 8 … 240).
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = Math.max(1, current - 2); n <= Math.min(count, current + 2); n++) shown.add(n);
  const out: (number | null)[] = [];
  let before = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - before > 1) out.push(n - before === 2 ? n - 1 : null);
    out.push(n);
    before = n;
  }
  return out;
}
