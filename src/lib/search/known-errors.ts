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

/** Partial matches shorter than this (squashed) are too vague to call a known error. */
const MIN_PARTIAL = 8;

/**
 * Finds the entries whose literal errors appear in the query, however they
 * are written: a whole pasted log line with the reader's own ids, the bare
 * code (`IpNotEnough`) or words (`ip not enough`). Best match per entry,
 * most specific first.
 */
export function matchKnownErrors(query: string, sources: readonly ErrorSource[]): ErrorMatch[] {
  const q = squash(stripNoise(query));
  if (q.length < 4) return [];
  const best = new Map<string, ErrorMatch>();
  for (const { id, errors } of sources) {
    for (const error of errors) {
      const e = squash(stripNoise(error));
      if (e.length < 4) continue;
      let score = 0;
      if (q.includes(e)) score = e.length;
      else if (q.length >= MIN_PARTIAL && e.includes(q)) score = q.length * 0.9;
      if (score > (best.get(id)?.score ?? 0)) best.set(id, { id, error, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
