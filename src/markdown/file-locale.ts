import { basename, dirname } from 'node:path';
import { isLocale, type Locale } from '../i18n/locales.ts';

/** The locale of an entry file, from its folder (`…/faq/ja/x.mdx` is `ja`); undefined elsewhere. */
export function fileLocale(path: string | undefined): Locale | undefined {
  if (!path) return undefined;
  const folder = basename(dirname(path));
  return isLocale(folder) && basename(dirname(dirname(path))) === 'faq' ? folder : undefined;
}
