import type { Page } from '@playwright/test';

interface Shifts {
  total: number;
  /** What moved, for the failure message: each shift's value and its sources' elements and rectangles. */
  seen: string[];
}

/** Starts summing the page's layout shifts not caused by input, from its first paint on (call before `goto`). */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shifts = { total: 0, seen: [] };
    (window as unknown as { __shifts: Shifts }).__shifts = shifts;
    type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: Source[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.total += entry.value;
        const what = entry.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const name = el
            ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`
            : 'node';
          return `${name} ${rect(s.previousRect)} → ${rect(s.currentRect)}`;
        });
        shifts.seen.push(`${entry.value.toFixed(5)} at ${Math.round(entry.startTime)} ms: ${what.join('; ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed since the page loaded. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shifts: Shifts }).__shifts.total);
}

/** What shifted, one line per shift (for the message of a failing assertion). */
export async function layoutShiftReport(page: Page): Promise<string> {
  const seen = await page.evaluate(() => (window as unknown as { __shifts: Shifts }).__shifts.seen);
  return `layout shifts:\n${seen.join('\n')}`;
}
