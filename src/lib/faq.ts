import { getCollection, type CollectionEntry } from 'astro:content';
import { localeKeys, type Locale } from '../i18n/locales.ts';
import { components, type Component } from '../schemas/component.ts';
import { kinds } from '../schemas/kind.ts';
import { plugins, type Plugin } from '../schemas/plugin.ts';
import { BROWSE_PAGE, ERRORS_PAGE, evenPages, listPages, shownUnderError, type ListPage } from './paging.ts';
import { errorAnchor } from './urls.ts';

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

/*
 * Every page of a build asks these; each is worked out once per build. Asked
 * afresh, each was a pass over every entry on every page, so a build grew
 * with the square of the corpus (at 10,000 entries per language, a page took
 * 12 ms instead of 4).
 */
const byLocale = new Map<Locale, Promise<readonly FaqEntry[]>>();
let byId: Promise<Map<string, FaqEntry>> | undefined;
const listings = new Map<Locale, Promise<ReadonlyMap<string, number>>>();
const inbound = new Map<Locale, Promise<ReadonlyMap<string, number>>>();
const errorPaging = new Map<Locale, Promise<ErrorPages>>();

/** The entries of one language (one list per build: do not change it). */
export function entriesIn(locale: Locale): Promise<readonly FaqEntry[]> {
  let list = byLocale.get(locale);
  if (!list) byLocale.set(locale, (list = allEntries().then((all) => all.filter((e) => entryLocale(e) === locale))));
  return list;
}

/** One entry in one language (the content check guarantees it exists). */
export async function getEntryIn(locale: Locale, id: string): Promise<FaqEntry | undefined> {
  byId ??= allEntries().then((all) => new Map(all.map((e) => [e.id, e])));
  return (await byId).get(`${locale}/${id}`);
}

/** How many entries of one language list each error, by the error's anchor (errorGroups). */
export function errorListings(locale: Locale): Promise<ReadonlyMap<string, number>> {
  let counts = listings.get(locale);
  if (!counts) {
    // From the error index's own groups: one pass over the entries for both.
    counts = errorPages(locale).then(({ pages }) => new Map(pages.flat().map((g) => [g.anchor, g.entries.length])));
    listings.set(locale, counts);
  }
  return counts;
}

/** How many entries of one language name each entry (by id) as related: the ones the others lead to most. */
export function linkedFrom(locale: Locale): Promise<ReadonlyMap<string, number>> {
  let counts = inbound.get(locale);
  if (!counts) {
    counts = entriesIn(locale).then((list) => {
      const map = new Map<string, number>();
      for (const e of list) for (const id of e.data.related) map.set(id, (map.get(id) ?? 0) + 1);
      return map;
    });
    inbound.set(locale, counts);
  }
  return counts;
}

/**
 * The order of a list that may not show whole (a browse page, a home page
 * section): troubleshooting first (kindOrder), then within a kind the entries
 * most others name as related (`linked`, from linkedFrom), then as given.
 */
export function browseOrder(entries: readonly FaqEntry[], linked: ReadonlyMap<string, number>): FaqEntry[] {
  const rank = (e: FaqEntry) => kinds.indexOf(e.data.kind);
  const links = (e: FaqEntry) => linked.get(entryId(e)) ?? 0;
  return [...entries].sort((a, b) => rank(a) - rank(b) || links(b) - links(a));
}

/** The lines one error takes on the error index: its own and one per entry shown under it. */
export function errorLines(group: { entries: readonly unknown[] }): number {
  return 1 + shownUnderError(group.entries).shown.length;
}

/** The error index of one language in pages (about ERRORS_PAGE lines each), and the page each error's anchor is on. */
export interface ErrorPages {
  pages: ReturnType<typeof errorGroups>[];
  pageOf: ReadonlyMap<string, number>;
}

/** The error index's pages for one language, worked out once per build. */
export function errorPages(locale: Locale): Promise<ErrorPages> {
  let paged = errorPaging.get(locale);
  if (!paged) {
    paged = entriesIn(locale).then((list) => {
      const pages = evenPages(errorGroups(list), ERRORS_PAGE, errorLines);
      const pageOf = new Map(pages.flatMap((page, i) => page.map((g) => [g.anchor, i + 1] as const)));
      return { pages, pageOf };
    });
    errorPaging.set(locale, paged);
  }
  return paged;
}

/**
 * Every page of a kind of browse list (by plugin, by component) in every
 * language: for each key, its entries (`select`) in browse order, in pages of
 * BROWSE_PAGE. The routes and the sitemap both page from here.
 */
export async function browsePages<K extends string>(
  keys: readonly K[],
  select: (entries: readonly FaqEntry[], key: K) => FaqEntry[],
): Promise<{ lang: Locale; key: K; page: ListPage<FaqEntry> }[]> {
  const perLang = await Promise.all(
    localeKeys.map(async (lang) => {
      const [entries, linked] = await Promise.all([entriesIn(lang), linkedFrom(lang)]);
      return keys.flatMap((key) =>
        listPages(browseOrder(select(entries, key), linked), BROWSE_PAGE).map((page) => ({ lang, key, page })),
      );
    }),
  );
  return perLang.flat();
}

/** The entries that are about `plugin`. */
export function byPlugin(entries: readonly FaqEntry[], plugin: Plugin): FaqEntry[] {
  return entries.filter((e) => e.data.plugin.includes(plugin));
}

/** The entries tagged with `component`. */
export function byComponent(entries: readonly FaqEntry[], component: Component): FaqEntry[] {
  return entries.filter((e) => e.data.components.includes(component));
}

/**
 * Troubleshooting entries first, then how-tos, then concepts, each kind in the
 * order given: a reader in the middle of an incident looks for a symptom first.
 */
export function kindOrder(entries: readonly FaqEntry[]): FaqEntry[] {
  return [...entries].sort((a, b) => kinds.indexOf(a.data.kind) - kinds.indexOf(b.data.kind));
}

/**
 * The home page's plugin sections, in schema order: each plugin's entries as
 * its browse page lists them (byPlugin, in browse order with `linked` from
 * linkedFrom), so a section's count and its link to that page agree. An entry
 * about both plugins is in both sections. No empty section.
 */
export function pluginSections(
  entries: readonly FaqEntry[],
  linked: ReadonlyMap<string, number>,
): { plugin: Plugin; entries: FaqEntry[] }[] {
  return plugins
    .map((plugin) => ({ plugin, entries: browseOrder(byPlugin(entries, plugin), linked) }))
    .filter((g) => g.entries.length > 0);
}

/**
 * Every error message the entries list, once per anchor (variants that differ
 * only in case or punctuation share one, in order), with the entries that
 * list it in kind order; sorted by the message, ignoring case.
 */
export function errorGroups(entries: readonly FaqEntry[]): { anchor: string; errors: string[]; entries: FaqEntry[] }[] {
  const groups = new Map<string, { anchor: string; errors: string[]; entries: FaqEntry[] }>();
  for (const entry of entries) {
    for (const error of entry.data.errors) {
      const anchor = errorAnchor(error);
      let group = groups.get(anchor);
      if (!group) groups.set(anchor, (group = { anchor, errors: [], entries: [] }));
      if (!group.errors.includes(error)) group.errors.push(error);
      if (!group.entries.includes(entry)) group.entries.push(entry);
    }
  }
  // Variants sorted too, so a group's place (and the error index's pages) is the same in every language,
  // whichever entry listed which variant first.
  const byText = (a: string, b: string) => a.localeCompare(b, 'en');
  return [...groups.values()]
    .map((g) => ({ ...g, errors: g.errors.sort(byText), entries: kindOrder(g.entries) }))
    .sort((a, b) => byText(a.errors[0]!, b.errors[0]!));
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
