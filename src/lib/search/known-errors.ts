import { squash, stripNoise } from './normalize.ts';

/** One entry's literal errors, as the search index carries them. */
export interface ErrorSource {
  readonly id: string;
  readonly errors: readonly string[];
}

/** A known error found in a query. */
export interface ErrorMatch {
  readonly id: string;
  /** The error string as written in the entry. */
  readonly error: string;
  /** Longer matches are more specific. */
  readonly score: number;
}

interface CleanedError {
  readonly id: string;
  readonly error: string;
  /** The error squashed (see squash). */
  readonly e: string;
  /** Its words, squashed. */
  readonly words: readonly string[];
}

/** Leading characters an error is filed under (errors of fewer are not matched at all). */
export const HEAD = 4;

/**
 * Each source's errors cleaned once, and filed so that a query need not be
 * compared with every one: a paste is matched line by line against the same
 * sources, and at 10,000 entries that is tens of thousands of errors a line.
 */
interface ErrorTable {
  readonly list: readonly CleanedError[];
  /** Places in `list` by the error's first HEAD characters: an error inside a query starts with one of its runs. */
  readonly byHead: ReadonlyMap<string, readonly number[]>;
  /**
   * Places in `list` by each run of HEAD characters that starts at least MIN_PARTIAL before the error's end: an
   * error holding a query (MIN_PARTIAL or longer) holds the query's first run at such a place.
   */
  readonly byRun: ReadonlyMap<string, readonly number[]>;
}

const tables = new WeakMap<readonly ErrorSource[], ErrorTable>();

function errorTable(sources: readonly ErrorSource[]): ErrorTable {
  let table = tables.get(sources);
  // Stryker disable next-line ConditionalExpression: building the table again on every call changes only how long a paste takes.
  if (!table) {
    // An error shorter than HEAD never matches: no run of a query is its head, and no query is inside it.
    const list = sources.flatMap(({ id, errors }) =>
      errors.map((error): CleanedError => {
        const plain = stripNoise(error);
        return { id, error, e: squash(plain), words: plain.split(' ').map(squash) };
      }),
    );
    const byHead = new Map<string, number[]>();
    const byRun = new Map<string, number[]>();
    const file = (map: Map<string, number[]>, key: string, i: number) => {
      const places = map.get(key);
      if (places) places.push(i);
      else map.set(key, [i]);
    };
    list.forEach(({ e }, i) => {
      file(byHead, e.slice(0, HEAD), i);
      // A partial match is at least MIN_PARTIAL long, so it starts no later than that from the error's end.
      for (let at = 0; at + MIN_PARTIAL <= e.length; at++) file(byRun, e.slice(at, at + HEAD), i);
    });
    table = { list, byHead, byRun };
    // Stryker disable next-line all: without the table kept, each call builds it again; only the time differs.
    tables.set(sources, table);
  }
  return table;
}

/** Partial matches shorter than this (squashed) are too vague to call a known error. */
export const MIN_PARTIAL = 8;

/**
 * True when `q` lies inside one word of an error of several words: `conntrack`
 * is one word of "conntrack full" and says nothing about the table being full.
 * A single-word error (`InvalidVSwitchId.IpNotEnough`) may still match a part
 * of it (`IpNotEnough`): its parts are codes, not everyday words.
 */
function withinOneWord(q: string, words: readonly string[]): boolean {
  return words.length > 1 && words.some((w) => w.includes(q));
}

/**
 * Finds the entries whose literal errors appear in the query, however they
 * are written: a whole pasted log line with the reader's own ids, the bare
 * code (`IpNotEnough`) or words (`ip not enough`); part of an error must
 * reach over more than one of its words. Best match per entry,
 * most specific first.
 */
export function matchKnownErrors(query: string, sources: readonly ErrorSource[]): ErrorMatch[] {
  const q = squash(stripNoise(query));
  const table = errorTable(sources);
  const best = new Map<string, ErrorMatch>();
  for (const i of candidates(q, table)) {
    const { id, error, e, words } = table.list[i]!;
    let score = 0;
    if (q.includes(e)) score = e.length;
    else if (q.length >= MIN_PARTIAL && e.includes(q) && !withinOneWord(q, words)) score = q.length * 0.9;
    if (score > (best.get(id)?.score ?? 0)) best.set(id, { id, error, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * The errors a squashed query can match, by their place in the table, in the
 * table's order (so ties fall as a scan of every error leaves them): those
 * that start somewhere in the query, and, when a partial match is possible,
 * those that hold the query's first run and are long enough to hold it all.
 */
function candidates(q: string, { byHead, byRun, list }: ErrorTable): number[] {
  const found = new Set<number>();
  for (let at = 0; at + HEAD <= q.length; at++) for (const i of byHead.get(q.slice(at, at + HEAD)) ?? []) found.add(i);
  if (q.length >= MIN_PARTIAL)
    // Stryker disable next-line EqualityOperator: an error exactly as long as the query holds it only by being it, and then starts in it.
    for (const i of byRun.get(q.slice(0, HEAD)) ?? []) if (list[i]!.e.length >= q.length) found.add(i);
  return [...found].sort((a, b) => a - b);
}

/** The errors matchKnownErrors compares a query with, as written: a lookup, never every error. */
export function errorsComparedWith(query: string, sources: readonly ErrorSource[]): string[] {
  const table = errorTable(sources);
  return candidates(squash(stripNoise(query)), table).map((i) => table.list[i]!.error);
}
