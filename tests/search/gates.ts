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
 *
 * 2026-11-30, fifth round (evidence read from the typo-corrected words too;
 * "where can I see" asks for a procedure; a dual-stack object with only its
 * IPv4 address as a circumstance): the fourth round's held-out part joined
 * development (180 queries per language), a fifth was written blind (one
 * writer glimpsed a few `questions:` lines of ccm-multiple-route-tables).
 * Scored: zh 20/25 (one beyond rank 3), ja 23/25, en 23/25 (one beyond rank 3).
 * Across three fresh parts the held-out hit@1 ran 0.80–0.96 per language: the
 * search stands near 0.9 on unseen queries, not reliably above it.
 *
 * 2026-11-30, sixth part (no ranking change since the fifth round): the
 * fifth round's held-out part joined development (`seen/*-round5.ts`, 205
 * queries per language), and a sixth, larger held-out part (40 per language,
 * at least 30 entries each) was written blind and scored before any further
 * work: zh 34/40 (two beyond rank 3), ja 38/40, en 36/40. Then, tuned on
 * development only (a question asking which mode one's own cluster runs;
 * a podCIDR's bare prefix and described pod totals; more words for a
 * migration), scored again at the end of the round: zh 35/40, ja 39/40, en
 * 36/40 (hit@3 38, 40, 40).
 *
 * 2026-11-30, seventh part: the sixth part's misses read (it joined
 * development, `seen/*-round6.ts`, 245 queries per language; its misses gave
 * more words for outbound calls, "random" failures, a packed node and an
 * in-place plugin change), and a seventh held-out part of 40 per language was
 * written blind and scored before any work on it: zh 37/40, ja 35/40 (one
 * beyond rank 3), en 36/40. Over the two fresh parts of 40, hit@1 per
 * language ran 0.85–0.93 (zh), 0.875–0.95 (ja), 0.90 (en); hit@3 0.95–1.0.
 *
 * 2026-12-01, eighth part: written blind (50 per language, at least 35
 * entries each) and scored before any work, together with the seventh part,
 * whose misses are still unread: 90 held-out queries per language against
 * 245 in development, more than a quarter of the whole. Scored: zh 79/90,
 * ja 80/90 (three beyond rank 3), en 77/90 (hit@3 89, 87, 89).
 *
 * 2026-12-01, ninth part: a ninth held-out part (40 per language, 30–40
 * entries each) written blind, joined to the seventh and eighth (misses of all
 * three unread): 130 held-out queries per language against 245 in
 * development. One ranking change since the eighth part's scoring, made on
 * development only ("能不能", "还能…吗", "できる？" ask whether something can be
 * done; 能不能's 不能 is no failure: development zh 225 → 228). Scored at the
 * end of that work: zh 113/130, ja 117/130, en 114/130 (hit@1 0.87, 0.90,
 * 0.88; hit@3 129, 127, 129).
 *
 * 2026-12-01, tenth round: the seventh part's misses read (it joined
 * development, `seen/*-round7.ts`: 285 queries per language) and a tenth
 * held-out part of 40 per language written blind, joined to the eighth and
 * ninth (misses of all three unread, 130 per language). Scored before any
 * work: zh 113/130, ja 0.92 (119 or 120: the report then gave only
 * percentages), en 113/130. Then, on development only
 * (development zh 265 → 274, ja 271 → 276, en 266 → 272 of 285): two or
 * three more reader questions per entry, written from what the reader sees
 * and second-read against the entries; a list that carries comparable scores
 * (the fields' coverage, Pagefind's) fuses by each entry's share of its best
 * score instead of by rank, so a clear lead stays clear; the strict
 * every-word match counts for less past three words (long pages hold every
 * word of a long query); Terway and Flannel named together, not as a
 * migration, raise the entries about both; pronouns and apostrophe-less
 * contractions (we, dont) are no words to search or correct. Scored at the end
 * of that work: zh 118/130, ja 122/130, en 117/130 (hit@1 0.91, 0.94, 0.90;
 * hit@3 129, 128, 130): the first round with every language at or above 0.9
 * on its held-out part, en exactly at it. Two later changes, made on
 * development and the diagnosis e2e and each followed by a held-out run that
 * gave the same counts: among entries listing one error, text decides only
 * near the query's best score; a Service shown with no endpoints
 * (`kubectl get ep` printing <none>) is read as `no-endpoints` (development
 * zh 274 → 275, ja 276 → 277).
 *
 * 2026-12-02, not ranking work: the entries' prose is rendered without
 * SmartyPants (astro.config.mjs), which had curled the straight quotes of
 * literal strings in the text ("can't found dev by mac"). The text Pagefind
 * indexes changed in 100 of 384 bodies, apostrophes and six pairs of double
 * quotes only. Development unchanged in every language (275 · 285, 277 · 283,
 * 272 · 285); held-out zh and ja unchanged, en hit@3 130 → 129 (hit@1 117
 * unchanged). The query is held out, so it was not read: the gate moves with
 * the measurement.
 */
export const gates = {
  development: {
    zh: { hit1: 275 / 285, hit3: 285 / 285 },
    ja: { hit1: 277 / 285, hit3: 283 / 285 },
    en: { hit1: 272 / 285, hit3: 285 / 285 },
  },
  'held-out': {
    zh: { hit1: 118 / 130, hit3: 129 / 130 },
    ja: { hit1: 122 / 130, hit3: 128 / 130 },
    en: { hit1: 117 / 130, hit3: 129 / 130 },
  },
} as const;

/** What every language and part must reach whatever its gate (README: Search quality): hit@1 0.9 and hit@3 0.97. */
export const floor = { hit1: 0.9, hit3: 0.97 } as const;
