// Loaded on every page by the header box's stub: keep it to what the hand-over needs.

/** sessionStorage key of a paste handed from the header box to the search page's diagnosis view. */
export const PASTE_KEY = 'kb-paste';

/** A paste with at least two lines that are not blank: read line by line, not as one query. */
export function isMultiLine(text: string): boolean {
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim()).length >= 2;
}

/** Keeps a paste for this tab; false when storage is blocked, so a caller handing it over knows it cannot. */
export function keepPaste(text: string): boolean {
  try {
    sessionStorage.setItem(PASTE_KEY, text);
    return true;
  } catch {
    return false;
  }
}
