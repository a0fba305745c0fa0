import { describe, expect, it } from 'vitest';
import {
  BROWSE_PAGE,
  ERROR_ENTRIES,
  ERRORS_PAGE,
  HOME_PER_PLUGIN,
  evenPages,
  listPages,
  pageParam,
  pagerNumbers,
  shownUnderError,
} from '../../../src/lib/paging.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const sizes = (pages: unknown[][]) => pages.map((p) => p.length);

describe('evenPages', () => {
  it('keeps a list that fits on one page, and gives an empty list one empty page', () => {
    expect(evenPages(range(25), 25)).toEqual([range(25)]);
    expect(evenPages([], 25)).toEqual([[]]);
  });
  it('splits a longer list into as few pages as fit, as even as they can be, in order', () => {
    expect(sizes(evenPages(range(26), 25))).toEqual([13, 13]);
    expect(sizes(evenPages(range(31), 25))).toEqual([15, 16]);
    expect(sizes(evenPages(range(51), 25))).toEqual([17, 17, 17]);
    expect(sizes(evenPages(range(10), 3))).toEqual([2, 3, 2, 3]);
    expect(evenPages(range(31), 25).flat()).toEqual(range(31));
  });
  it('never puts more than the page size on a page, at any length', () => {
    for (let n = 0; n <= 400; n++)
      for (const max of [1, 7, 25]) {
        const pages = evenPages(range(n), max);
        expect(Math.max(...sizes(pages))).toBeLessThanOrEqual(max);
        expect(pages).toHaveLength(Math.max(1, Math.ceil(n / max)));
        expect(pages.flat()).toEqual(range(n));
      }
  });
  it('with weights, holds about the same weight on each page, none over its share and one item', () => {
    const items = [5, 1, 1, 1, 5, 1, 1, 1, 1, 3];
    const pages = evenPages(items, 8, (w) => w);
    const weights = pages.map((p) => p.reduce((a, b) => a + b, 0));
    // 20 lines at most 8 a page: three pages of about 6.7.
    // Each item goes where its middle falls: the third item's middle (6.5) is inside the first page's 6.7.
    expect(pages).toEqual([
      [5, 1, 1],
      [1, 5],
      [1, 1, 1, 1, 3],
    ]);
    expect(weights).toEqual([7, 6, 7]);
    expect(pages.flat()).toEqual(items);
    // An item heavier than a page is a page of its own, and no page is left empty.
    expect(evenPages(['a'], 8, () => 20)).toEqual([['a']]);
    expect(evenPages([20, 1, 1], 8, (w) => w)).toEqual([[20], [1, 1]]);
    expect(evenPages([1, 1, 20], 8, (w) => w)).toEqual([[1, 1], [20]]);
  });
  it('refuses a page size below one and a weight that is not a positive number', () => {
    expect(() => evenPages([1], 0)).toThrow('expected a page size of 1 or more, got 0');
    expect(() => evenPages([1], 2.5)).toThrow('got 2.5');
    expect(() => evenPages([1, 2], 5, (x) => (x === 2 ? 0 : 1))).toThrow('expected a positive weight for item 1, got 0');
    expect(() => evenPages([1], 5, () => Number.NaN)).toThrow('for item 0, got NaN');
    expect(() => evenPages([1], 5, () => Number.POSITIVE_INFINITY)).toThrow('got Infinity');
  });
});

describe('listPages', () => {
  it('gives each page its number, the page count, and where it starts and ends in the list', () => {
    expect(listPages(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      { items: ['a', 'b'], number: 1, count: 3, from: 1, to: 2, total: 5 },
      { items: ['c'], number: 2, count: 3, from: 3, to: 3, total: 5 },
      { items: ['d', 'e'], number: 3, count: 3, from: 4, to: 5, total: 5 },
    ]);
    expect(listPages([], 2)).toEqual([{ items: [], number: 1, count: 1, from: 1, to: 0, total: 0 }]);
  });
});

describe('pageParam', () => {
  it('leaves the first page without a number and numbers the rest', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
    expect(pageParam(240)).toBe('240');
  });
});

describe('pagerNumbers', () => {
  it('shows every page of a short list', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('shows the first, the last and two either side of the current page, a gap of one page as that page', () => {
    expect(pagerNumbers(6, 240)).toEqual([1, null, 4, 5, 6, 7, 8, null, 240]);
    expect(pagerNumbers(1, 240)).toEqual([1, 2, 3, null, 240]);
    expect(pagerNumbers(240, 240)).toEqual([1, null, 238, 239, 240]);
    expect(pagerNumbers(4, 240)).toEqual([1, 2, 3, 4, 5, 6, null, 240]);
    expect(pagerNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('shownUnderError', () => {
  it('shows up to ERROR_ENTRIES entries under an error and counts the rest', () => {
    expect(shownUnderError(range(3))).toEqual({ shown: range(3), more: 0 });
    expect(shownUnderError(range(ERROR_ENTRIES))).toEqual({ shown: range(ERROR_ENTRIES), more: 0 });
    expect(shownUnderError(range(ERROR_ENTRIES + 7))).toEqual({ shown: range(ERROR_ENTRIES), more: 7 });
    expect(shownUnderError([])).toEqual({ shown: [], more: 0 });
  });
});

describe('page sizes', () => {
  it('are whole numbers, the home page showing fewer than a browse page', () => {
    for (const n of [BROWSE_PAGE, ERRORS_PAGE, ERROR_ENTRIES, HOME_PER_PLUGIN]) expect(Number.isInteger(n) && n > 0).toBe(true);
    expect(HOME_PER_PLUGIN).toBeLessThan(BROWSE_PAGE);
  });
});
