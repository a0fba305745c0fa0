/**
 * The search's data, whole or split. A language of a few hundred entries
 * ships it whole in `search-index.json` (one request; the field index is
 * built in the browser from the entries' texts). A larger one ships a core
 * file with what every query needs (facets, vocabulary, Pagefind's page ids)
 * and splits the rest into files fetched as a query needs them: the field
 * index by key range, the known errors by the runs they are filed under, and
 * each entry's texts for the hits shown. Both forms answer every lookup the
 * same way (tests/unit/lib/search/search-data.test.ts).
 */
import { buildFieldIndex, lowerBound, memoryLookup, type KeyLookup } from './field-index.ts';
import type { SearchEntry, SearchIndex } from './index-data.ts';
import { HEAD, MIN_PARTIAL, type ErrorSource } from './known-errors.ts';
import { byCodeUnits, squash, stripNoise } from './normalize.ts';
import { pagefindPages } from './pagefind-pages.ts';
import type { TriageTreeRef } from './triage-offer.ts';

/** What ranking and filtering read of every entry; the rest is fetched for the hits shown. */
export type EntryMeta = Pick<
  SearchEntry,
  'kind' | 'plugin' | 'components' | 'circumstances' | 'versions' | 'versionMatch' | 'modes'
>;

/** An entry's facets in a split core, with how many errors it lists (ordering known errors reads it). */
export type SplitMeta = EntryMeta & { readonly errorCount: number };

/** Languages with more entries than this ship their search data split. */
export const SPLIT_ABOVE = 250;
/** About how large (bytes of JSON) a part of the field index is. */
export const PART_BYTES = 16 * 1024;
/**
 * About how large a part of the error table is: smaller than a field part, as a query reads one
 * for each error head in it (a long log line holds several).
 */
export const ERROR_PART_BYTES = 4 * 1024;

/** `/{lang}/search-index.json` of a split language: the whole index's small fields, and what replaces its entries. */
export interface SplitCore extends Pick<SearchIndex, 'trees' | 'triageOffer' | 'vocabulary' | 'df' | 'identifiers' | 'common'> {
  /**
   * How many entries; an entry's number is its page's place in Pagefind's page list (the order
   * scripts/pagefind.mjs added the pages in: by id), which the browser reads from Pagefind's own
   * metadata file.
   */
  readonly count: number;
  /** That metadata file, under `pagefind/` (`pagefind.<lang>_<hash>.pf_meta`). */
  readonly pagefind: string;
  /** Each distinct facet set (with how many errors the entry lists) once, and each entry's place among them. */
  readonly meta: { readonly sets: readonly SplitMeta[]; readonly of: readonly number[] };
  /**
   * The folder of the parts, `search-index/{version}/`: a hash of all of them, so a page opened
   * before a deploy never reads the next deploy's parts with its own core, and a browser may keep
   * them (src/lib/caching.ts).
   */
  readonly version: string;
  /** The field index's parts, `f/{i}.json`, by the first key each holds (sorted). */
  readonly fields: readonly string[];
  /** The error table's parts, `e/{i}.json`, a run in part hash(run) mod `parts`. */
  readonly errors: {
    readonly parts: number;
    /** Every error's first HEAD characters (squashed): a query's runs that are none of these look nothing up. */
    readonly heads: readonly string[];
    /** The longest error (squashed): a longer query is inside none. */
    readonly longest: number;
  };
}

/** `f/{i}.json`: keys (sorted) and their slots, each list as gaps from the one before. */
export interface FieldPart {
  readonly keys: readonly string[];
  readonly slots: readonly (readonly number[])[];
}

/**
 * `e/{i}.json`: run → the errors filed under it, each `[error, …places]`, a place being entry × 64 +
 * the error's place in the entry's list, ascending, each as the gap from the one before.
 */
export type ErrorPart = Readonly<Record<string, readonly (readonly [string, ...number[]])[]>>;

/** Most errors one entry may list in a split index (a place is stored in six bits). */
const ERRORS_PER_ENTRY = 64;

/** The search's data as the engine reads it, whole or split. */
export interface SearchData {
  readonly count: number;
  readonly trees: readonly TriageTreeRef[];
  readonly triageOffer: string;
  readonly vocabulary: ReadonlySet<string>;
  readonly identifiers: ReadonlySet<string>;
  readonly df: ReadonlyMap<string, number>;
  /**
   * Words left out of Pagefind's searches: those on nearly every entry of a language of more than
   * SPLIT_ABOVE entries (at 10,000, a search with `pod` costs Pagefind most of half a second, and its
   * list would weigh under 0.05). None for a smaller language, whose ranking the search-quality suite
   * measures as it is, whole or split.
   */
  readonly common: ReadonlySet<string>;
  /** The entry a Pagefind page id stands for, by its key (see keyOf). */
  pageKey(pagefindId: string): string | undefined;
  /** An entry's key from its number: its id (whole), its number padded to sort as ids do (split). */
  keyOf(n: number): string;
  numberOf(key: string): number;
  meta(key: string): EntryMeta;
  /** How many errors an entry lists. */
  errorCount(key: string): number;
  /**
   * Where an error stands in an entry's list (its first place), for an error errorSources() has
   * given for that entry: the entry's own error first.
   */
  errorPlace(key: string, error: string): number;
  /** The entries with these keys, whole. */
  entries(keys: readonly string[]): Promise<Map<string, SearchEntry>>;
  /** Field index lookup (see field-index.ts). */
  readonly lookup: KeyLookup;
  /** The known errors some queries can match (as ErrorSource ids: entry keys); see known-errors.ts candidates(). */
  errorSources(queries: readonly string[]): Promise<readonly ErrorSource[]>;
}

/** Fetches one JSON file of the search data, by its path under `/{lang}/`. */
export type FetchJson = (path: string) => Promise<unknown>;
/** Fetches a file under `pagefind/`, gunzipped. */
export type FetchPagefind = (name: string) => Promise<Uint8Array>;

/** The data of a language shipped whole. */
export function wholeData(index: SearchIndex): SearchData {
  if (!index.pages) throw new Error('search: search-index.json has no Pagefind page ids (scripts/pagefind.mjs adds them)');
  const pages = index.pages;
  const byKey = new Map(index.entries.map((e, n) => [e.id, { e, n }]));
  const sources: ErrorSource[] = index.entries.map((e) => ({ id: e.id, errors: e.errors }));
  return {
    ...common(index),
    count: index.entries.length,
    common: commonOf(index.entries.length, index.common),
    pageKey: (id) => pages[id],
    keyOf: (n) => index.entries[n]!.id,
    numberOf: (key) => byKey.get(key)!.n,
    meta: (key) => byKey.get(key)!.e,
    errorCount: (key) => byKey.get(key)!.e.errors.length,
    errorPlace: (key, error) => byKey.get(key)!.e.errors.indexOf(error),
    entries: async (keys) => new Map(keys.map((k) => [k, byKey.get(k)!.e])),
    lookup: memoryLookup(buildFieldIndex(index.entries)),
    errorSources: async () => sources,
  };
}

function common(index: Pick<SplitCore, 'trees' | 'triageOffer' | 'vocabulary' | 'df' | 'identifiers'>) {
  return {
    trees: index.trees,
    triageOffer: index.triageOffer,
    vocabulary: new Set(index.vocabulary),
    identifiers: new Set(index.identifiers),
    df: new Map(index.vocabulary.map((w, i) => [w, index.df[i]!])),
  };
}

/** The common words a language of `count` entries leaves out of its searches (see SearchData.common). */
function commonOf(count: number, common: readonly string[] | undefined): ReadonlySet<string> {
  return new Set(count > SPLIT_ABOVE ? (common ?? []) : []);
}

/** An entry number as a key: padded, so keys sort as the ids they stand for (entries are numbered in id order). */
export function paddedKey(n: number): string {
  return String(n).padStart(6, '0');
}

/**
 * The data of a split language: the core, a way to fetch its parts (each fetched once), and one
 * to read Pagefind's metadata file (which Pagefind has fetched already: the browser keeps it).
 */
export async function splitData(core: SplitCore, fetchJson: FetchJson, fetchPagefind: FetchPagefind): Promise<SearchData> {
  const pageIds = pagefindPages(await fetchPagefind(core.pagefind));
  if (pageIds.length !== core.count)
    throw new Error(
      `search: ${core.pagefind} lists ${pageIds.length} pages, the search data ${core.count} entries (files from two deploys?)`,
    );
  const pageKeys = new Map(pageIds.map((id, n) => [id, paddedKey(n)]));
  const kept = new Map<string, Promise<unknown>>();
  const part = <T>(path: string): Promise<T> => {
    let p = kept.get(path);
    if (!p) {
      p = fetchJson(`search-index/${core.version}/${path}`);
      // A failed fetch is asked again next time, not remembered.
      p.catch(() => kept.delete(path));
      kept.set(path, p);
    }
    return p as Promise<T>;
  };
  const heads = new Set(core.errors.heads);
  // Entry key → error → its first place in the entry's list, for the errors fetched so far.
  const places = new Map<string, Map<string, number>>();
  const lookup: KeyLookup = async (prefix, exact) => {
    const out = new Map<string, readonly number[]>();
    // The parts whose key range can hold keys starting with the prefix: the one it would fall in, and those after it that start with it.
    const at = lowerBound(core.fields, prefix);
    const first = core.fields[at] === prefix ? at : Math.max(0, at - 1);
    let last = first;
    while (!exact && last + 1 < core.fields.length && core.fields[last + 1]!.startsWith(prefix)) last++;
    const parts = await Promise.all(core.fields.slice(first, last + 1).map((_, i) => part<FieldPart>(`f/${first + i}.json`)));
    for (const { keys, slots } of parts) {
      for (let i = lowerBound(keys, prefix); i < keys.length && keys[i]!.startsWith(prefix); i++) {
        if (exact && keys[i] !== prefix) break;
        out.set(keys[i]!, ungap(slots[i]!));
      }
    }
    return out;
  };
  return {
    ...common(core),
    count: core.count,
    common: commonOf(core.count, core.common),
    pageKey: (id) => pageKeys.get(id),
    keyOf: paddedKey,
    numberOf: Number,
    meta: (key) => core.meta.sets[core.meta.of[Number(key)]!]!,
    errorCount: (key) => core.meta.sets[core.meta.of[Number(key)]!]!.errorCount,
    // An error not fetched for this entry (never asked for by order()) sorts after every listed one.
    errorPlace: (key, error) => places.get(key)?.get(error) ?? ERRORS_PER_ENTRY,
    entries: async (keys) =>
      new Map(await Promise.all(keys.map(async (k) => [k, await part<SearchEntry>(`r/${Number(k)}.json`)] as const))),
    lookup,
    errorSources: async (queries) => {
      const runs = new Set<string>();
      for (const query of queries)
        for (const run of errorRunsOf(squash(stripNoise(query)), heads, core.errors.longest)) runs.add(run);
      const parts = await Promise.all(
        [...new Set([...runs].map((r) => hash(r) % core.errors.parts))].map(
          async (i) => [i, await part<ErrorPart>(`e/${i}.json`)] as const,
        ),
      );
      const byPart = new Map(parts);
      // Entry → place in its list → error, for the runs asked; in the order a scan of every error takes.
      const found = new Map<number, Map<number, string>>();
      for (const run of runs) {
        for (const [error, ...gaps] of byPart.get(hash(run) % core.errors.parts)![run] ?? []) {
          for (const ref of ungap(gaps)) {
            const n = Math.floor(ref / ERRORS_PER_ENTRY);
            let list = found.get(n);
            if (!list) found.set(n, (list = new Map()));
            list.set(ref % ERRORS_PER_ENTRY, error);
          }
        }
      }
      return [...found]
        .sort((a, b) => a[0] - b[0])
        .map(([n, list]) => {
          const errors = [...list].sort((a, b) => a[0] - b[0]);
          const key = paddedKey(n);
          let own = places.get(key);
          if (!own) places.set(key, (own = new Map()));
          for (const [place, error] of errors) if (!own.has(error) || own.get(error)! > place) own.set(error, place);
          return { id: key, errors: errors.map(([, e]) => e) };
        });
    },
  };
}

/**
 * The runs a squashed query looks errors up by (known-errors.ts candidates()): each run that is
 * some error's head, and, when the query is long enough to be part of an error and no longer
 * than the longest, its first run.
 */
export function errorRunsOf(q: string, heads: ReadonlySet<string>, longest: number): string[] {
  const runs = new Set<string>();
  for (let at = 0; at + HEAD <= q.length; at++) {
    const run = q.slice(at, at + HEAD);
    if (heads.has(run)) runs.add(run);
  }
  if (q.length >= MIN_PARTIAL && q.length <= longest) runs.add(q.slice(0, HEAD));
  return [...runs];
}

/** The runs an error (squashed) is filed under: its head, and each run a part of it (MIN_PARTIAL or longer) can start with. */
export function errorRuns(e: string): string[] {
  if (e.length < HEAD) return [];
  const runs = new Set([e.slice(0, HEAD)]);
  for (let at = 0; at + MIN_PARTIAL <= e.length; at++) runs.add(e.slice(at, at + HEAD));
  return [...runs];
}

/** FNV-1a over UTF-16 code units, from `seed` (FNV's offset basis by default): which error part a run is in. */
export function hash(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function ungap(gaps: readonly number[]): number[] {
  let at = 0;
  return gaps.map((g) => (at += g));
}

function gapped(list: readonly number[]): number[] {
  let at = 0;
  return list.map((n) => {
    const g = n - at;
    at = n;
    return g;
  });
}

/**
 * Splits a whole index (with Pagefind's page ids) into the core and its
 * parts, as JSON by path under `/{lang}/search-index/{version}/`. Entries are
 * numbered in the order of Pagefind's page list (`pageIds`, read from the
 * language's metadata file `pagefind`), which must hold each entry's page once.
 */
export function splitIndex(
  index: SearchIndex,
  pagefind: { readonly file: string; readonly pageIds: readonly string[] },
): { core: SplitCore; files: Map<string, string> } {
  const pages = index.pages;
  if (!pages) throw new Error('search: expected Pagefind page ids in search-index.json before splitting it');
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  const entries = pagefind.pageIds.map((page) => {
    const entry = byId.get(pages[page] ?? '');
    if (!entry) throw new Error(`search: ${pagefind.file} lists page ${page}, which is no entry of search-index.json`);
    return entry;
  });
  if (new Set(entries).size !== index.entries.length)
    throw new Error(
      `search: expected ${pagefind.file} to list each of the ${index.entries.length} entries' pages once, found ${pagefind.pageIds.length} pages for ${new Set(entries).size} entries`,
    );
  // Keys then sort as ids do, which ties in the ranking fall back on, the same as in the whole form.
  entries.forEach((e, n) => {
    if (n > 0 && byCodeUnits(entries[n - 1]!.id, e.id) >= 0)
      throw new Error(
        `search: expected ${pagefind.file} to list the pages in id order (scripts/pagefind.mjs adds them so), found ${entries[n - 1]!.id} before ${e.id}`,
      );
  });
  const parts = new Map<string, unknown>();
  entries.forEach((e, n) => parts.set(`r/${n}.json`, e));

  // Facet sets, each once.
  const sets: SplitMeta[] = [];
  const setOf = new Map<string, number>();
  const of = entries.map(({ kind, plugin, components, circumstances, versions, versionMatch, modes, errors }) => {
    const meta: SplitMeta = { kind, plugin, components, circumstances, versions, versionMatch, modes, errorCount: errors.length };
    const key = JSON.stringify(meta);
    if (!setOf.has(key)) setOf.set(key, sets.push(meta) - 1);
    return setOf.get(key)!;
  });

  // The field index, cut into parts of about PART_BYTES by key range.
  const fieldIndex = buildFieldIndex(entries);
  const keys = [...fieldIndex.keys()].sort();
  const fields: string[] = [];
  let current: { keys: string[]; slots: number[][] } | null = null;
  let bytes = 0;
  for (const key of keys) {
    const slots = gapped(fieldIndex.get(key)!);
    const size = key.length + JSON.stringify(slots).length + 4;
    if (!current || bytes + size > PART_BYTES) {
      if (current) parts.set(`f/${fields.length - 1}.json`, current);
      current = { keys: [], slots: [] };
      fields.push(key);
      bytes = 0;
    }
    current.keys.push(key);
    current.slots.push(slots);
    bytes += size;
  }
  if (current) parts.set(`f/${fields.length - 1}.json`, current);

  // The error table: each error under its runs, each error text once per run with every place it is listed.
  const byRun = new Map<string, Map<string, number[]>>();
  const heads = new Set<string>();
  let longest = 0;
  let errorBytes = 0;
  entries.forEach((e, n) => {
    if (e.errors.length > ERRORS_PER_ENTRY)
      throw new Error(`search: entry ${e.id} lists ${e.errors.length} errors, a split index holds ${ERRORS_PER_ENTRY} at most`);
    e.errors.forEach((error, place) => {
      const squashed = squash(stripNoise(error));
      const runs = errorRuns(squashed);
      if (!runs.length) return;
      heads.add(squashed.slice(0, HEAD));
      longest = Math.max(longest, squashed.length);
      for (const run of runs) {
        let texts = byRun.get(run);
        if (!texts) byRun.set(run, (texts = new Map()));
        let refs = texts.get(error);
        if (!refs) {
          texts.set(error, (refs = []));
          errorBytes += error.length + run.length + 8;
        }
        refs.push(n * ERRORS_PER_ENTRY + place);
        errorBytes += 6;
      }
    });
  });
  const errorCount = Math.max(1, Math.ceil(errorBytes / ERROR_PART_BYTES));
  const errorParts: Record<string, (readonly [string, ...number[]])[]>[] = Array.from({ length: errorCount }, () => ({}));
  for (const run of [...byRun.keys()].sort()) {
    errorParts[hash(run) % errorCount]![run] = [...byRun.get(run)!].map(([error, refs]) => [error, ...gapped(refs)] as const);
  }
  errorParts.forEach((p, i) => parts.set(`e/${i}.json`, p));

  // The folder is named by a hash of every part: a deploy that changes any part changes the folder.
  const files = new Map([...parts].map(([path, value]) => [path, JSON.stringify(value)]));
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const [path, json] of files) {
    h1 = hash(path + json, h1);
    h2 = hash(json + path, h2);
  }
  const version = h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');

  const core: SplitCore = {
    count: entries.length,
    trees: index.trees,
    triageOffer: index.triageOffer,
    vocabulary: index.vocabulary,
    df: index.df,
    identifiers: index.identifiers,
    common: index.common,
    pagefind: pagefind.file,
    meta: { sets, of },
    version,
    fields,
    errors: { parts: errorCount, heads: [...heads].sort(), longest },
  };
  return { core, files };
}

/** Is this `search-index.json` a split core (else a whole index)? */
export function isSplit(index: SearchIndex | SplitCore): index is SplitCore {
  return 'fields' in index;
}
