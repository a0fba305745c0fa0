/**
 * The search engine as the browser runs it: Pagefind for full text, plus the
 * known-error index, query clean-up, typo correction and relaxation from
 * src/lib/search. Loaded on first use (never before the reader searches).
 */
import { fuseRanks, type RankedList } from '../../lib/search/fuse.ts';
import { matchKnownErrors } from '../../lib/search/known-errors.ts';
import { foldWidth, stripNoise, terms } from '../../lib/search/normalize.ts';
import { correctWord } from '../../lib/search/typos.ts';
import type { SearchEntry, SearchIndex } from '../../lib/search/index-data.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number; balanced_score: number }[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Facets the reader narrowed to; an empty list means "any". */
export interface Facets {
  plugin: string[];
  component: string[];
  kind: string[];
}

/** One result as the UI shows it. */
export interface Hit {
  readonly entry: SearchEntry;
  /** Link, possibly to the matching section (`…/#cause`). */
  readonly url: string;
  /** Excerpt HTML from Pagefind (only text and <mark>; sanitised by the renderer). */
  readonly excerpt: string;
  /** Heading of the matching section, when the link goes to one. */
  readonly section?: string;
  /** The literal error the query matched, for known-error hits. */
  readonly knownError?: string;
}

const PARTICLES = new Set([...'的了是在和与或吗呢吧也都就而及其个为对把被让从到向这那有没不が的をにでとはもかへやの']);
// Question words say a query is a question, not what it is about.
const QUESTION_WORDS = new Set([
  '怎么',
  '如何',
  '怎样',
  '为什么',
  '什么',
  '哪个',
  '哪些',
  '是否',
  '可以',
  '能否',
  '怎么办',
  '一下',
  'どう',
  'どうして',
  'なぜ',
  'どの',
  'どれ',
  'ですか',
  'ますか',
  'について',
  'したい',
  'できる',
]);
const STOP = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'of',
  'in',
  'on',
  'for',
  'is',
  'are',
  'my',
  'how',
  'why',
  'what',
  'with',
  'not',
  'can',
  'does',
  'do',
  'i',
  'it',
  'be',
  'when',
  'after',
  'from',
  'by',
  'at',
]);

/** Builds the engine for the page's language. */
export async function createEngine(base: string, lang: string) {
  const [pagefind, index, pageIds] = await Promise.all([
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
    fetch(`${base}${lang}/search-index.json`).then((r) => r.json() as Promise<SearchIndex>),
    // Pagefind page id → entry id (written by scripts/pagefind.mjs), so ranking needs no fragment downloads.
    fetch(`${base}pagefind/kb-ids-${lang}.json`).then((r) => r.json() as Promise<Record<string, string>>),
  ]);
  await pagefind.options({ baseUrl: base, ranking: { pageLength: 0.25, termFrequency: 0.6, termSaturation: 1.6 } });
  await pagefind.init();
  const vocabulary = new Set(index.vocabulary);
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'word' }) : null;

  const passes = (e: SearchEntry, f: Facets) =>
    (!f.plugin.length || f.plugin.some((p) => e.plugin.includes(p as never))) &&
    (!f.component.length || f.component.some((c) => e.components.includes(c as never))) &&
    (!f.kind.length || f.kind.includes(e.kind));

  const filtersOf = (f: Facets) => {
    const out: Record<string, string[]> = {};
    if (f.plugin.length) out.plugin = f.plugin;
    if (f.component.length) out.component = f.component;
    if (f.kind.length) out.kind = f.kind;
    return out;
  };

  /** Words to search for one by one when the whole query finds too little. */
  function relaxedTerms(cleaned: string): string[] {
    const out: string[] = [];
    for (const term of terms(cleaned)) {
      if (/^[a-z0-9._-]+$/.test(term)) {
        if (term.length < 2 || STOP.has(term) || /^\d+$/.test(term)) continue;
        if (/^[a-z][a-z0-9_]{3,}$/.test(term) && !vocabulary.has(term)) {
          // A plain word no entry uses: a typo of one that does, or noise (ids, hostnames) to drop.
          const fixed = correctWord(term, vocabulary);
          if (fixed !== term) out.push(fixed);
          continue;
        }
        out.push(term);
      } else if (segmenter) {
        for (const s of segmenter.segment(term))
          if (s.isWordLike && s.segment.length > 1 && !QUESTION_WORDS.has(s.segment)) out.push(s.segment);
      } else {
        out.push(term);
      }
    }
    return [...new Set(out)];
  }

  /** Single-character CJK words of a query, less particles that say nothing. */
  function singleChars(cleaned: string): string[] {
    if (!segmenter) return [];
    const out: string[] = [];
    for (const term of terms(cleaned)) {
      if (/^[a-z0-9._-]+$/.test(term)) continue;
      for (const s of segmenter.segment(term))
        if (s.isWordLike && s.segment.length === 1 && !PARTICLES.has(s.segment)) out.push(s.segment);
    }
    return out;
  }

  async function run(q: string, filters: Record<string, string[]>): Promise<PagefindResult[]> {
    const res = await pagefind.search(q, { filters });
    return res?.results ?? [];
  }

  /** Searches; `limit` results at most, known errors first. */
  async function search(query: string, facets: Facets, limit = 10): Promise<{ hits: Hit[]; corrected: string }> {
    const raw = foldWidth(query).trim();
    if (!raw) {
      const hits = index.entries
        .filter((e) => passes(e, facets))
        .map((entry): Hit => ({ entry, url: `${base}${lang}/faq/${entry.id}/`, excerpt: '' }));
      return { hits, corrected: '' };
    }
    const filters = filtersOf(facets);
    const known = matchKnownErrors(raw, index.entries).filter((m) => passes(byId.get(m.id)!, facets));
    const cleaned = stripNoise(raw);
    const words = relaxedTerms(cleaned);
    // For field weighting, single CJK characters count too (选, 選): too broad to search, telling in a title.
    const focus = [...words, ...singleChars(cleaned)];
    const corrected = words.join(' ');
    // Nothing left after clean-up and correction: nothing in the corpus can match.
    const strict = corrected ? await run(corrected, filters) : [];
    const lists: { results: PagefindResult[]; weight: number }[] = [{ results: strict, weight: 2 }];
    if (strict.length < 5 || words.length > 2) {
      const perTerm = await Promise.all(words.map((w) => run(w, filters)));
      perTerm.forEach((results) => {
        if (results.length) lists.push({ results, weight: 1 / Math.log2(2 + results.length) });
      });
    }
    const pool = new Map<string, PagefindResult>();
    for (const { results } of lists) for (const r of results) if (pageIds[r.id]) pool.set(pageIds[r.id]!, r);
    // Titles and summaries weigh more than body text: rank entries by how many query words they hold there.
    const fieldScore = (e: SearchEntry) => 0.6 * coverage(focus, e.title) + 0.4 * coverage(focus, e.summary);
    const byFields = index.entries
      .filter((e) => passes(e, facets))
      .map((e) => ({ id: e.id, score: fieldScore(e) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
    const ranked = fuseRanks([
      ...lists.map(({ results, weight }): RankedList => ({ ids: results.map((r) => pageIds[r.id] ?? r.id), weight })),
      { ids: byFields.map((x) => x.id), weight: 1.5 },
    ]).filter(({ id }) => byId.has(id));
    const wanted = [...known.map((m) => m.id), ...ranked.map((r) => r.id).filter((id) => !known.some((m) => m.id === id))].slice(
      0,
      limit,
    );
    const top = new Map(
      await Promise.all(wanted.filter((id) => pool.has(id)).map(async (id) => [id, await pool.get(id)!.data()] as const)),
    );

    const hits: Hit[] = wanted.map((id): Hit => {
      const entry = byId.get(id)!;
      const data = top.get(id);
      const match = known.find((m) => m.id === id);
      if (match) return { entry, url: `${base}${lang}/faq/${id}/`, excerpt: data?.excerpt ?? '', knownError: match.error };
      const section = data ? bestSection(data) : undefined;
      return {
        entry,
        url: section?.url ?? data?.url ?? `${base}${lang}/faq/${id}/`,
        excerpt: section?.excerpt ?? data?.excerpt ?? '',
        ...(section ? { section: section.title } : {}),
      };
    });
    return { hits: hits.slice(0, limit), corrected };
  }

  return { search, entries: index.entries };
}

/** Share of the words found in a text (case-insensitive). */
function coverage(words: readonly string[], text: string): number {
  if (!words.length) return 0;
  const haystack = text.normalize('NFKC').toLowerCase();
  return words.filter((w) => haystack.includes(w)).length / words.length;
}

/** The section that holds most of the match, when it is not the top of the page. */
function bestSection(data: PagefindData): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  let bestScore = 0;
  for (const sub of data.sub_results ?? []) {
    if (!sub.url.includes('#')) continue;
    const score = (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
    if (score > bestScore) {
      best = sub;
      bestScore = score;
    }
  }
  return best;
}

/** The engine's type, for the UI modules. */
export type Engine = Awaited<ReturnType<typeof createEngine>>;
