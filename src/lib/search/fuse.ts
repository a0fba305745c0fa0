/** A ranked list of ids from one retrieval, with how much to trust it. */
export interface RankedList {
  readonly ids: readonly string[];
  readonly weight: number;
}

/**
 * Reciprocal-rank fusion: an id earns `weight / (k + rank)` from every list it
 * appears in. Robust to lists whose raw scores are not comparable (full query,
 * single terms, known errors).
 */
export function fuseRanks(lists: readonly RankedList[], k = 10): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const { ids, weight } of lists) {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
