import type { Locale } from '../locales.ts';
import { en, type UiDictionary } from './en.ts';
import { ja } from './ja.ts';
import { zh } from './zh.ts';

/** Every locale's dictionary; the type forces one per locale. */
export const dictionaries: Record<Locale, UiDictionary> = { zh, ja, en };

/** A key of the UI dictionaries. */
export type UiKey = keyof UiDictionary;

/**
 * Looks up a UI string and fills `{name}` placeholders from `vars`. A string
 * written `one|other` picks its form by the plural rules of the locale for
 * `vars.count` ("{count} entry|{count} entries").
 */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  let text: string = dictionaries[locale][key];
  if (text.includes('|')) {
    const [one, other] = text.split('|') as [string, string];
    const count = typeof vars.count === 'number' ? vars.count : Number.NaN;
    text = new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator bound to one locale, for components. */
export function useTranslations(locale: Locale): (key: UiKey, vars?: Record<string, string | number>) => string {
  return (key, vars) => t(locale, key, vars);
}
