/**
 * The one list of locales. Astro's i18n routing, `<html lang>` (which Pagefind
 * uses to split its indexes), `hreflang`, the language switcher, static paths
 * and the content folders all derive from it.
 */
export const locales = {
  zh: { lang: 'zh-CN', label: '中文', dir: 'ltr' },
  ja: { lang: 'ja', label: '日本語', dir: 'ltr' },
  en: { lang: 'en', label: 'English', dir: 'ltr' },
} as const;

/** A URL segment / content folder name: `zh`, `ja` or `en`. */
export type Locale = keyof typeof locales;

/** Every locale, in the order the switcher shows them. */
export const localeKeys = Object.keys(locales) as Locale[];

/** Readers whose browser prefers no language we have get this one. */
export const defaultLocale: Locale = 'en';

/** True when `value` is one of our URL segments. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** BCP 47 tag for `<html lang>` and `hreflang`. */
export function htmlLang(locale: Locale): string {
  return locales[locale].lang;
}

/**
 * Picks our locale for a list of browser language tags (navigator.languages or
 * Accept-Language order): exact or primary-subtag match, first hit wins.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}
