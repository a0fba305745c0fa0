/**
 * A symptom typed into search ("dns slow in pod", "pod 没有 ip") is what the
 * triage trees start from: the search offers the tree whose title or symptom
 * phrases the query covers best, next to the entries it finds.
 */

/** A tree as the search index carries it. */
export interface TriageTreeRef {
  readonly id: string;
  readonly title: string;
  /** Short phrases readers type for the tree's symptom (the root's `symptoms`). */
  readonly symptoms: readonly string[];
}

/** Words of Latin script (2+ characters) and, for CJK text, its character pairs: the units phrases are compared by. */
export function offerTokens(text: string): Set<string> {
  const norm = text.normalize('NFKC').toLowerCase();
  const tokens = new Set<string>(norm.match(/[a-z0-9][a-z0-9._-]*[a-z0-9]/g) ?? []);
  for (const run of norm.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) tokens.add(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i]! + chars[i + 1]!);
  }
  return tokens;
}

/** How much of a phrase the query covers: the share of the phrase's tokens it holds, and how many. */
function cover(query: Set<string>, phrase: string): { share: number; matched: number } {
  const tokens = offerTokens(phrase);
  let matched = 0;
  for (const t of tokens) if (query.has(t)) matched++;
  return { share: tokens.size ? matched / tokens.size : 0, matched };
}

/** The least share of a phrase a query must cover, and the fewest tokens, for the tree to be offered. */
export const OFFER_SHARE = 0.6;
export const OFFER_MIN_TOKENS = 2;

/**
 * The tree to offer for a one-line query, or undefined: the one with the
 * phrase (title or symptom) the query covers best, when it covers at least
 * OFFER_SHARE of it and OFFER_MIN_TOKENS tokens; the first listed on a tie.
 */
export function offerTree<T extends TriageTreeRef>(query: string, trees: readonly T[]): T | undefined {
  if (/[\r\n]/.test(query.trim())) return undefined;
  const q = offerTokens(query);
  if (!q.size) return undefined;
  let best: { tree: T; share: number; matched: number } | undefined;
  for (const tree of trees) {
    for (const phrase of [tree.title, ...tree.symptoms]) {
      const { share, matched } = cover(q, phrase);
      if (share < OFFER_SHARE || matched < OFFER_MIN_TOKENS) continue;
      if (!best || share > best.share || (share === best.share && matched > best.matched)) best = { tree, share, matched };
    }
  }
  return best?.tree;
}
