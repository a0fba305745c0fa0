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

/** Each source's errors cleaned once: a paste is matched line by line against the same sources. */
const cleaned = new WeakMap<readonly ErrorSource[], { id: string; error: string; e: string; words: string[] }[]>();

function cleanedErrors(sources: readonly ErrorSource[]) {
  let list = cleaned.get(sources);
  if (!list) {
    list = sources.flatMap(({ id, errors }) =>
      errors
        .map((error) => {
          const plain = stripNoise(error);
          return { id, error, e: squash(plain), words: plain.split(' ').map(squash) };
        })
        .filter(({ e }) => e.length >= 4),
    );
    cleaned.set(sources, list);
  }
  return list;
}

/** Partial matches shorter than this (squashed) are too vague to call a known error. */
const MIN_PARTIAL = 8;

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
  if (q.length < 4) return [];
  const best = new Map<string, ErrorMatch>();
  for (const { id, error, e, words } of cleanedErrors(sources)) {
    let score = 0;
    if (q.includes(e)) score = e.length;
    else if (q.length >= MIN_PARTIAL && e.includes(q) && !withinOneWord(q, words)) score = q.length * 0.9;
    if (score > (best.get(id)?.score ?? 0)) best.set(id, { id, error, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
