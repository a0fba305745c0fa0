import { getCollection, type CollectionEntry } from 'astro:content';
import { localeKeys, type Locale } from '../i18n/locales.ts';
import { components, type Component } from '../schemas/component.ts';
import { plugins, type Plugin } from '../schemas/plugin.ts';

/** One FAQ entry in one language, as Astro loads it. */
export type FaqEntry = CollectionEntry<'faq'>;

/** The entry id without its locale folder (`zh/foo` → `foo`). */
export function entryId(entry: FaqEntry): string {
  return entry.id.slice(entry.id.indexOf('/') + 1);
}

/** The locale of an entry (`zh/foo` → `zh`). */
export function entryLocale(entry: FaqEntry): Locale {
  return entry.id.slice(0, entry.id.indexOf('/')) as Locale;
}

let all: Promise<FaqEntry[]> | undefined;

/** Every entry in every language, sorted by title within a language. */
export function allEntries(): Promise<FaqEntry[]> {
  all ??= getCollection('faq').then((list) => list.sort((a, b) => a.data.title.localeCompare(b.data.title, entryLocale(a))));
  return all;
}

/** The entries of one language. */
export async function entriesIn(locale: Locale): Promise<FaqEntry[]> {
  return (await allEntries()).filter((e) => entryLocale(e) === locale);
}

/** One entry in one language (the content check guarantees it exists). */
export async function getEntryIn(locale: Locale, id: string): Promise<FaqEntry | undefined> {
  return (await allEntries()).find((e) => e.id === `${locale}/${id}`);
}

/** The entries that are about `plugin`. */
export function byPlugin(entries: readonly FaqEntry[], plugin: Plugin): FaqEntry[] {
  return entries.filter((e) => e.data.plugin.includes(plugin));
}

/** The entries tagged with `component`. */
export function byComponent(entries: readonly FaqEntry[], component: Component): FaqEntry[] {
  return entries.filter((e) => e.data.components.includes(component));
}

/** Plugins with their entries, in schema order, leaving out empty ones. */
export function pluginGroups(entries: readonly FaqEntry[]): { plugin: Plugin; entries: FaqEntry[] }[] {
  return plugins.map((plugin) => ({ plugin, entries: byPlugin(entries, plugin) })).filter((g) => g.entries.length > 0);
}

/** Components with their entries, in schema order, leaving out empty ones. */
export function componentGroups(entries: readonly FaqEntry[]): { component: Component; entries: FaqEntry[] }[] {
  return components
    .map((component) => ({ component, entries: byComponent(entries, component) }))
    .filter((g) => g.entries.length > 0);
}

/** Static paths for one page per locale. */
export function localePaths() {
  return localeKeys.map((lang) => ({ params: { lang } }));
}
