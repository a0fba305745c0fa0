/** A ranked list of ids from one retrieval, with how much to trust it. */
export interface RankedList {
  readonly ids: readonly string[];
  readonly weight: number;
  /**
   * The list's own scores, one per id, when they can be compared: an id then earns its
   * share of the best score instead of its rank's, so a clear lead stays clear.
   */
  readonly scores?: readonly number[];
}

/**
 * Fusion of ranked lists whose raw scores are not comparable across lists (full
 * query, single terms, the entries' fields): an id earns `weight / (k + rank)`
 * from every list it appears in (reciprocal-rank fusion), or, from a list that
 * carries its scores, `weight / (k + 1)` times its share of the list's best
 * score: ranks alone make the second of two far-apart scores almost the first's
 * equal.
 */
export function fuseRanks(lists: readonly RankedList[], k = 10): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const { ids, weight, scores: own } of lists) {
    // Scores that do not go with the ids one to one say nothing: ranks then.
    const usable = own !== undefined && own.length === ids.length;
    const top = usable ? Math.max(0, ...own) : 0;
    ids.forEach((id, rank) => {
      const earned = usable && top > 0 ? (weight * (own[rank]! / top)) / (k + 1) : weight / (k + rank + 1);
      scores.set(id, (scores.get(id) ?? 0) + earned);
    });
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** How many words a strict (every word) match may need before it starts to count for less. */
const STRICT_WORDS = 3;

/**
 * The weight of the strict Pagefind match, the pages holding every word of the query: full for
 * a query of up to three words, then shrinking with the word count, as a page that holds every
 * word of a long query is mostly a long page, not the one about it.
 */
export function strictWeight(words: number, full = 2): number {
  return full * Math.min(1, STRICT_WORDS / Math.max(words, 1));
}
