import type { Page } from '@playwright/test';

/**
 * Runs one query on the search page the browser is on, as a reader types it
 * into the box or pastes it (a query of several lines arrives as a paste
 * event, which opens the diagnosis view), and returns the entry ids listed,
 * in rank order, once the results for it are shown.
 */
export async function searchOnPage(page: Page, q: string): Promise<string[]> {
  const typed = await page.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('main input[type=search]')!;
    // Leave the diagnosis view a previous paste opened.
    if (!document.querySelector<HTMLElement>('[data-diagnose]')!.hidden)
      document.querySelector<HTMLButtonElement>('[data-paste-clear]')!.click();
    if (query.includes('\n')) {
      // A paste, as the clipboard delivers it: the page reads it line by line.
      const data = new DataTransfer();
      data.setData('text/plain', query);
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return document.querySelector<HTMLTextAreaElement>('#search-paste')!.value;
    }
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return input.value;
  }, q);
  await page.waitForFunction((query) => {
    const region = document.querySelector<HTMLElement>('[data-results]');
    return region?.dataset.query === query && region.getAttribute('aria-busy') === 'false';
  }, typed);
  return page.locator('[data-list] > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.entry ?? ''));
}
