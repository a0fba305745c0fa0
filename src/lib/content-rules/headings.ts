import { readOutline } from '../outline.ts';
import type { FileRule } from './types.ts';

/** Only the fixed localized `##` sections and `###` steps under them; bold that Markdown would leave literal. */
export const headings: FileRule = {
  id: 'headings',
  description: 'Headings are the fixed localized sections (## ) and steps (### ); bold renders as bold.',
  check({ locale, body, bodyLine }) {
    return readOutline(locale, body).errors.map((e) => ({ line: e.line + bodyLine - 1, message: e.message }));
  },
};
