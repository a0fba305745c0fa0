/**
 * What the 404 page reads from the address it was served for: the entry a
 * near-miss URL meant, and the words worth searching for.
 */
import { isLocale, type Locale } from '../i18n/locales.ts';
import { BASE, entryUrl } from './urls.ts';

/** Decodes %-escapes; a malformed one leaves the text as it came. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The path's segments after the base, decoded and lower-case; undefined when it is outside the base. */
function segmentsOf(path: string): string[] | undefined {
  if (!path.startsWith(BASE)) return undefined;
  return decode(path.slice(BASE.length))
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '' && s !== 'index.html');
}

/**
 * The entry a near-miss URL meant: another case (`/en/faq/VSwitch-IP-Exhausted/`),
 * no language (`/faq/vswitch-ip-exhausted/`, `/vswitch-ip-exhausted/`, in
 * `fallback`, the reader's language) or a former id in another case. `names`
 * maps every lower-case id and former id to the entry id. Undefined when the
 * path names no entry, or already is the entry's address.
 */
export function entryPathFor(path: string, names: Readonly<Record<string, string>>, fallback: Locale): string | undefined {
  const segments = segmentsOf(path);
  if (!segments) return undefined;
  const first = segments[0];
  const locale = isLocale(first) ? (segments.shift(), first) : fallback;
  if (segments[0] === 'faq' || segments[0] === 'go') segments.shift();
  const id = segments.length === 1 && Object.hasOwn(names, segments[0]!) ? names[segments[0]!] : undefined;
  if (id === undefined) return undefined;
  const target = entryUrl(locale, id);
  return target === path ? undefined : target;
}

/**
 * The words of a URL path worth searching for (`/ja/faq/vswitch-ip-exhaust/` →
 * `vswitch ip exhaust`): no language, no route names, and no placeholder such as
 * the `xx` of `00:16:3e:xx:xx:xx`, which would find the pages that show one.
 */
export function wordsOfPath(path: string): string {
  return (segmentsOf(path) ?? [])
    .join('/')
    .split(/[/\-_.]+/)
    .filter((w) => w && !isLocale(w) && !/^x+$/.test(w) && !['faq', 'go', 'index', 'html', '404'].includes(w))
    .join(' ');
}
