import { basename, dirname } from 'node:path';
import { isLocale, type Locale } from '../i18n/locales.ts';

/**
 * The locale of a content file, from its folder: an entry (`…/faq/ja/x.mdx`)
 * or a triage node (`…/triage/ja/<tree>/x.mdx`) is `ja`; undefined elsewhere.
 */
export function fileLocale(path: string | undefined): Locale | undefined {
  if (!path) return undefined;
  const folder = basename(dirname(path));
  if (isLocale(folder) && basename(dirname(dirname(path))) === 'faq') return folder;
  const above = basename(dirname(dirname(path)));
  return isLocale(above) && basename(dirname(dirname(dirname(path)))) === 'triage' ? above : undefined;
}
