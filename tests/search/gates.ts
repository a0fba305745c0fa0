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
 * development (`seen/`), and a new held-out part was written blind. Scored:
 * zh 23/25, ja 23/25 (one at rank 4), en 20/25 (one at rank 4).
 *
 * 2026-11-30, fourth round (a vSwitch taken out of the configuration, a node
 * from another cluster, failures now and then; a vSwitch put into
 * PodVswitchId or scaled out read as added, not as nodes; "what next" and
 * "how to troubleshoot" ask for a procedure; outbound in plain Japanese): the
 * third round's held-out part joined development (`seen/*-round3.ts`, 155
 * queries per language), and a fourth held-out part was written blind. Scored:
 * zh 21/25 (two beyond rank 3), ja 24/25, en 24/25.
 */
export const gates = {
  development: {
    zh: { hit1: 145 / 155, hit3: 155 / 155 },
    ja: { hit1: 147 / 155, hit3: 153 / 155 },
    en: { hit1: 141 / 155, hit3: 155 / 155 },
  },
  'held-out': {
    zh: { hit1: 21 / 25, hit3: 23 / 25 },
    ja: { hit1: 24 / 25, hit3: 25 / 25 },
    en: { hit1: 24 / 25, hit3: 25 / 25 },
  },
} as const;
