/**
 * Search-quality gates, per part and language, at exactly what the search
 * measured on the real build (hits out of queries), so losing a single query
 * shows. Development gates go up as ranking improves and are never lowered to
 * let a code change pass; when a content change costs a query, the gate moves
 * with the measurement and the round's note names the query. Held-out gates
 * are set from the scoring of the held-out part at the end of each round of
 * ranking work.
 *
 * 2026-11-30, third round (circumstances: what happened just before, the
 * traffic's direction, a node's range full or not; known errors ordered
 * without the wording's intent; the word-by-word lists capped together): the
 * second round's held-out part, whose misses had been read, joined
 * development (`seen/`, 130 queries per language now), and a new held-out part
 * was written for this round by writers who saw neither the search nor the
 * earlier queries. Its first scoring: zh 23/25, ja 23/25 (one at rank 4), en
 * 20/25 (one at rank 4) — below the 0.9 / 0.97 the issue asks for in ja's
 * hit@3 and in English.
 */
export const gates = {
  development: {
    zh: { hit1: 119 / 130, hit3: 130 / 130 },
    ja: { hit1: 122 / 130, hit3: 129 / 130 },
    en: { hit1: 120 / 130, hit3: 130 / 130 },
  },
  'held-out': {
    zh: { hit1: 23 / 25, hit3: 25 / 25 },
    ja: { hit1: 23 / 25, hit3: 24 / 25 },
    en: { hit1: 20 / 25, hit3: 24 / 25 },
  },
} as const;
