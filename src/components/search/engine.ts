/**
 * The search engine as the browser runs it: Pagefind for full text, plus the
 * known-error index, query clean-up, typo correction and relaxation from
 * src/lib/search. Loaded on first use (never before the reader searches).
 */
import type { Locale } from '../../i18n/locales.ts';
import { knownErrorLines, linesAbout, readPaste, signalTerms } from '../../lib/search/diagnose.ts';
import { evidenceFactor, KIND_ORDER, readEvidence, type Evidence } from '../../lib/search/evidence.ts';
import { fuseRanks, strictWeight, type RankedList } from '../../lib/search/fuse.ts';
import { matchKnownErrors, type ErrorMatch } from '../../lib/search/known-errors.ts';
import { byCodeUnits, foldWidth, squash, stripNoise, terms } from '../../lib/search/normalize.ts';
import { synonymTerms } from '../../lib/search/synonyms.ts';
import { correctIdentifier, correctWord } from '../../lib/search/typos.ts';
import { fieldScores, wordSlots } from '../../lib/search/field-index.ts';
import type { SearchEntry, SearchIndex } from '../../lib/search/index-data.ts';
import { gunzip } from '../../lib/search/pagefind-pages.ts';
import { isSplit, splitData, wholeData, type EntryMeta, type SplitCore } from '../../lib/search/search-data.ts';
import { offerTree } from '../../lib/search/triage-offer.ts';

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
  /** For a multi-line paste: the line numbers that point to this entry. */
  readonly lines?: readonly number[];
}

/** What a multi-line paste points to. */
export interface Diagnosis {
  readonly hits: Hit[];
  /** The lines read (1-based numbers with their text), for showing the matches. */
  readonly lines: readonly { n: number; text: string }[];
  /** Lines in the paste beyond the ones read. */
  readonly truncated: boolean;
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
  // Japanese endings that only say polite, negative or past: 繋がらない and 繋がりません ask the same.
  'ない',
  'ません',
  'せん',
  'ませ',
  'ます',
  'です',
  'でし',
  'ました',
  'した',
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
  // Pronouns and contractions typed without the apostrophe ("dont" is no typo of "done").
  'we',
  'our',
  'us',
  'me',
  'you',
  'your',
  'up',
  'dont',
  'doesnt',
  'didnt',
  'cant',
  'wont',
  'isnt',
  'arent',
]);

/** The most the word-by-word lists weigh together (the whole query's list weighs up to 2, the fields' list 2). */
const RELAXED_WEIGHT = 2;

/**
 * The engine for the page's language, ranking for the reader's cluster when
 * they described one (the head script marks `<html class="has-cluster">`; the
 * cluster code loads only then). Here, not in a module of its own: both search
 * UIs load this chunk anyway, and a chunk of its own was one more request
 * before the first result.
 */
export async function engineForReader(base: string, lang: string) {
  // A cluster module that fails to load (an old page after a redeploy) costs the ranking, not the search.
  const cluster: { plugin?: string } = document.documentElement.classList.contains('has-cluster')
    ? await import('../cluster/cluster-store.ts').then(
        (m) => m.currentCluster().cluster,
        () => ({}),
      )
    : {};
  return createEngine(base, lang, cluster);
}

/**
 * The engine for a page, made on first call and kept; a load that fails (the engine's chunk or its
 * search data did not arrive) is forgotten, so the next call tries again.
 */
export function engineLoader(base: string, lang: string): () => Promise<Engine> {
  let made: Promise<Engine> | undefined;
  return () =>
    (made ??= engineForReader(base, lang).catch((error: unknown) => {
      made = undefined;
      throw error;
    }));
}

/** Builds the engine for the page's language. */
export async function createEngine(base: string, lang: string, cluster: { plugin?: string } = {}) {
  const fetchJson = (path: string) =>
    fetch(`${base}${lang}/${path}`).then((r) => {
      if (!r.ok) throw new Error(`search: ${lang}/${path} answered ${r.status}`);
      return r.json() as Promise<unknown>;
    });
  const [pagefind, index] = await Promise.all([
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
    fetchJson('search-index.json') as Promise<SearchIndex | SplitCore>,
  ]);
  // No web worker: it is one more script to fetch (43 KB) before the first result, for searches that
  // take a few milliseconds on the page's own thread.
  await pagefind.options({
    baseUrl: base,
    noWorker: true,
    ranking: { pageLength: 0.25, termFrequency: 0.6, termSaturation: 1.6 },
  });
  await pagefind.init();
  // Without Pagefind's page ids every Pagefind result would be dropped and only the field matches left:
  // wholeData() says so rather than rank quietly worse. A split language reads them from Pagefind's
  // metadata file, which init() has just fetched (the browser keeps it: no second download).
  const data = isSplit(index)
    ? await splitData(index, fetchJson, (name) =>
        fetch(`${base}pagefind/${name}`).then(async (r) => {
          if (!r.ok) throw new Error(`search: pagefind/${name} answered ${r.status}`);
          return gunzip(await r.arrayBuffer());
        }),
      )
    : wholeData(index);
  const { vocabulary, identifiers, df } = data;
  const total = data.count;
  const { meta } = data;
  /** Every entry's key, in the index's order. */
  const keys = () => Array.from({ length: total }, (_, n) => data.keyOf(n));
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(lang, { granularity: 'word' }) : null;

  const passes = (e: EntryMeta, f: Facets) =>
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
        if (/[-.]/.test(term) && !identifiers.has(term)) {
          // A ConfigMap name, key or annotation part with a typo, or `_` and `-` swapped.
          out.push(correctIdentifier(term, identifiers));
          continue;
        }
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

  // A reader types a word at a time: each keystroke searches the words of the one before again.
  // Results (and their fragments) are kept for the page's life, the oldest dropped past a bound.
  const searches = new Map<string, Promise<PagefindResult[]>>();
  const fragments = new Map<string, Promise<PagefindData>>();
  function run(q: string, filters: Record<string, string[]>): Promise<PagefindResult[]> {
    const key = `${JSON.stringify(filters)}\n${q}`;
    const kept = searches.get(key);
    if (kept) return kept;
    const found = pagefind.search(q, { filters }).then((res) => res?.results ?? []);
    remember(searches, key, found);
    return found;
  }
  function dataOf(result: PagefindResult): Promise<PagefindData> {
    const kept = fragments.get(result.id);
    if (kept) return kept;
    const loaded = result.data();
    remember(fragments, result.id, loaded);
    return loaded;
  }

  /** The text-search side of a query: Pagefind (strict, then word by word) fused with title, question and summary matches. */
  async function rankText(cleaned: string, extra: readonly string[], facets: Facets) {
    const filters = filtersOf(facets);
    const own = relaxedTerms(cleaned);
    const words = [...new Set([...own, ...extra])];
    // For field weighting, single CJK characters count too (选, 選): too broad to search, telling in a title.
    const focus = [...words, ...singleChars(cleaned)];
    const corrected = own.join(' ');
    // The pages holding every word, but a word on nearly every page of a large language (see SearchData.common)
    // narrows nothing and costs most of the search: left out, unless nothing else is left.
    // Under a facet a word's list is measured against fewer pages and weighs more: nothing is left out then.
    const common = Object.keys(filters).length ? new Set<string>() : data.common;
    const telling = own.filter((w) => !common.has(w));
    const strictQuery = telling.length ? telling.join(' ') : corrected;
    // Nothing left after clean-up and correction: nothing in the corpus can match.
    const whole = strictQuery ? run(strictQuery, filters) : Promise.resolve([]);
    // With more than two words the word lists are always wanted: asked for with the whole query, not after it.
    // Not a word on nearly every entry of a large language: its list would weigh under 0.05 (see SearchData.common).
    const each = () => Promise.all(words.filter((w) => !common.has(w)).map((w) => run(w, filters)));
    const early = words.length > 2 ? each() : null;
    const strict = await whole;
    const lists: { results: PagefindResult[]; weight: number }[] = [
      { results: strict, weight: strictWeight((telling.length ? telling : own).length) },
    ];
    if (early || strict.length < 5) {
      const perTerm = await (early ?? each());
      // A word most pages hold says little (and favours long pages): weigh each list by the word's rarity.
      const rarity = perTerm.map((results) => Math.max(0, Math.log(total / Math.max(results.length, 1))) / Math.log(total));
      // Together the word lists count at most as much as the fields do (the whole query's list weighs up to
      // that): a long query must not let pages that mention each word somewhere outweigh the one about them.
      const scale = Math.min(
        1,
        RELAXED_WEIGHT /
          Math.max(
            rarity.reduce((a, b) => a + b, 0),
            Number.EPSILON,
          ),
      );
      perTerm.forEach((results, i) => {
        if (results.length) lists.push({ results, weight: rarity[i]! * scale });
      });
    }
    const pool = new Map<string, PagefindResult>();
    for (const { results } of lists)
      for (const r of results) {
        const key = data.pageKey(r.id);
        if (key !== undefined) pool.set(key, r);
      }
    // Titles, reader questions and summaries weigh more than body text.
    const perWord = focus.length ? await Promise.all(focus.map((w) => wordSlots(w, data.lookup))) : [];
    const byFields = [...fieldScores(perWord)]
      .map(([n, score]) => ({ id: data.keyOf(n), score }))
      .filter((x) => passes(meta(x.id), facets))
      // In entry order among equals, as a scan of every entry leaves them.
      .sort((a, b) => b.score - a.score || data.numberOf(a.id) - data.numberOf(b.id));
    const fused = fuseRanks([
      ...lists.map(({ results, weight }): RankedList => {
        const known = results.filter((r) => data.pageKey(r.id) !== undefined);
        return { ids: known.map((r) => data.pageKey(r.id)!), weight, scores: known.map((r) => r.score) };
      }),
      { ids: byFields.map((x) => x.id), weight: 2, scores: byFields.map((x) => x.score) },
    ]);
    return { fused: new Map(fused.map((r) => [r.id, r.score])), pool, corrected };
  }

  /**
   * Orders entries: known-error matches first, then the others by text
   * score weighed by the query's evidence. Among known-error matches:
   * explanations (concept) last; then the more specific match weighed by
   * evidence other than the wording's intent (entries that recorded the same message at different lengths
   * match it equally); then the entry for every cluster before one limited
   * to a mode (a query that shows the mode has raised that entry already);
   * then, when the query has more to it than the error, the entry its other
   * words clearly point to (if they point to either at all: see clearly());
   * then the entry whose list names this error earlier (the error it is
   * about, not one of many); then troubleshooting before how-to; then the entry listing fewer errors; then the id. All of
   * these are the same in every language, so a bare error gives one order.
   */
  function order(known: readonly ErrorMatch[], fused: ReadonlyMap<string, number>, evidence: Evidence, bare: boolean): string[] {
    // Worked out once per entry, not in every comparison of the sorts below.
    const factors = new Map([...fused.keys()].map((id) => [id, evidenceFactor(meta(id), evidence, cluster.plugin)]));
    const factor = (id: string) => factors.get(id)!;
    // Among entries listing the error, the wording's intent says nothing ("error" is in the line
    // itself): the kinds are ordered after the error's place instead.
    const { intent: _intent, ...withoutIntent } = evidence;
    const knownFactors = new Map(known.map((m) => [m.id, evidenceFactor(meta(m.id), withoutIntent, cluster.plugin)]));
    const knownFactor = (id: string) => knownFactors.get(id)!;
    const place = (m: ErrorMatch) => data.errorPlace(m.id, m.error);
    // Entries that recorded the same message at different lengths match it equally: the longer record is not more telling.
    const core = new Map(known.map((m) => [m.id, squash(stripNoise(m.error))]));
    const specificities = new Map(
      known.map((m) => {
        const own = core.get(m.id)!;
        const same = known.filter((o) => core.get(o.id)!.includes(own) || own.includes(core.get(o.id)!));
        return [m.id, Math.max(m.score, ...same.map((o) => o.score))];
      }),
    );
    const specificity = (m: ErrorMatch) => specificities.get(m.id)!;
    const bestText = Math.max(0, ...fused.values());
    const knownIds = [...known]
      .sort(
        (a, b) =>
          Number(meta(a.id).kind === 'concept') - Number(meta(b.id).kind === 'concept') ||
          specificity(b) * knownFactor(b.id) - specificity(a) * knownFactor(a.id) ||
          narrowness(meta(a.id)) - narrowness(meta(b.id)) ||
          (bare ? 0 : clearly(fused.get(b.id) ?? 0, fused.get(a.id) ?? 0, bestText)) ||
          place(a) - place(b) ||
          KIND_ORDER[meta(a.id).kind] - KIND_ORDER[meta(b.id).kind] ||
          data.errorCount(a.id) - data.errorCount(b.id) ||
          byCodeUnits(a.id, b.id),
      )
      .map((m) => m.id);
    const rest = [...fused]
      .filter(([id]) => !knownIds.includes(id))
      .map(([id, score]) => ({ id, score: score * factor(id) }))
      .sort((a, b) => b.score - a.score || byCodeUnits(a.id, b.id))
      .map((r) => r.id);
    return [...knownIds, ...rest];
  }

  /**
   * The hits for some entries, with Pagefind's excerpt and best section for
   * those in `pool`; a known-error hit shows its error instead, and its
   * fragment is not fetched.
   */
  async function hitsFor(ids: readonly string[], pool: Map<string, PagefindResult>, known: ReadonlyMap<string, string>) {
    const [top, entries] = await Promise.all([
      Promise.all(
        ids.filter((id) => pool.has(id) && !known.has(id)).map(async (id) => [id, await dataOf(pool.get(id)!)] as const),
      ).then((pairs) => new Map(pairs)),
      data.entries(ids),
    ]);
    return ids.map((id): Hit => {
      const entry = entries.get(id)!;
      const data = top.get(id);
      const error = known.get(id);
      if (error !== undefined) return { entry, url: `${base}${lang}/faq/${entry.id}/`, excerpt: '', knownError: error };
      const section = data ? bestSection(data) : undefined;
      return {
        entry,
        url: section?.url ?? data?.url ?? `${base}${lang}/faq/${entry.id}/`,
        excerpt: section?.excerpt ?? data?.excerpt ?? '',
        ...(section ? { section: section.title } : {}),
      };
    });
  }

  /** Searches; `limit` results at most, known errors first; `total` says how many there are in all. */
  async function search(query: string, facets: Facets, limit = 10): Promise<{ hits: Hit[]; corrected: string; total: number }> {
    const raw = foldWidth(query).trim();
    if (!raw) {
      // Browsing: every entry the facets let through, in the index's order, `limit` of them shown.
      const all = keys().filter((key) => passes(meta(key), facets));
      const hits = await hitsFor(all.slice(0, limit), new Map(), new Map());
      return { hits, corrected: '', total: all.length };
    }
    const cleaned = stripNoise(raw);
    const [known, { fused, pool, corrected }] = await Promise.all([
      data.errorSources([raw]).then((sources) => matchKnownErrors(raw, sources).filter((m) => passes(meta(m.id), facets))),
      rankText(cleaned, synonymTerms(raw, lang as Locale), facets),
    ]);
    // A query that is nothing but the error: no other words to tell the entries listing it apart.
    const bare = known.length > 0 && squash(cleaned).length <= squash(stripNoise(known[0]!.error)).length + 8;
    // Evidence from the words as corrected too: `hostprot` or `terwya` says as much as spelled right.
    const ordered = order(known, fused, readEvidence(`${raw}\n${corrected}`), bare);
    const hits = await hitsFor(ordered.slice(0, limit), pool, new Map(known.map((m) => [m.id, m.error])));
    return { hits, corrected, total: ordered.length };
  }

  /**
   * Reads a multi-line paste line by line: known errors per line, the
   * paste's evidence, and a search for its telling words. Each hit lists
   * the lines that point to it.
   */
  async function diagnose(paste: string, facets: Facets, limit = 10): Promise<Diagnosis> {
    const { lines, evidence, truncated } = readPaste(paste);
    const words = signalTerms(lines, df, total);
    const [perLine, { fused }] = await Promise.all([
      data
        .errorSources(lines.map((l) => l.cleaned))
        .then((sources) => knownErrorLines(lines, sources).filter((k) => passes(meta(k.id), facets))),
      rankText(words.join(' '), synonymTerms(paste, lang as Locale), facets),
    ]);
    const known: ErrorMatch[] = perLine.map((k) => ({ id: k.id, error: k.error, score: k.score }));
    const wanted = order(known, fused, readEvidence(evidence), false).slice(0, limit);
    // Each hit shows the paste's lines that point to it and its summary: an excerpt around a dozen words
    // picked from a log says less than either, and would cost a fragment download per hit (no pool: no excerpts).
    const hits = await hitsFor(wanted, new Map(), new Map(known.map((m) => [m.id, m.error])));
    // Hits come in the order of `wanted`, whose keys the lines were found under (a split index's keys are not ids).
    const withLines = hits.map((hit, i): Hit => {
      const k = perLine.find((x) => x.id === wanted[i]);
      const about = k
        ? k.lines
        : linesAbout(lines, [hit.entry.title, hit.entry.summary, ...hit.entry.questions, hit.entry.distinguish ?? ''].join(' '));
      return { ...hit, lines: about };
    });
    return {
      hits: withLines,
      lines: lines.map(({ n, text }) => ({ n, text })),
      truncated,
    };
  }

  /** The tree to offer for a one-line query, with the offer's words and the tree's URL; undefined when none fits. */
  const offer = (query: string) => {
    const tree = offerTree(query, data.trees);
    // As lib/urls.ts triageUrl() builds it, without importing it (and its locale tables) into the search chunks.
    return tree && { ...tree, url: `${base}${lang}/triage/${tree.id}/`, words: data.triageOffer };
  };

  /** The first `n` entries that are not troubleshooting (guides and explanations), for a search that found nothing. */
  const general = async (n: number): Promise<Hit[]> =>
    hitsFor(
      keys()
        .filter((key) => meta(key).kind !== 'troubleshooting')
        .slice(0, n),
      new Map(),
      new Map(),
    );
  return { search, diagnose, offer, general };
}

/** How many searches and fragments the engine keeps (a few hundred small objects). */
const KEEP = 400;

/** Keeps a value under a key, dropping the oldest once past the bound. */
function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.set(key, value);
  if (map.size > KEEP) map.delete(map.keys().next().value!);
}

/**
 * b − a when the two differ by more than a sixth of the larger, else 0: a near tie in text score decides
 * nothing. Nor do two scores far below the query's best (under half of it): the words pointed elsewhere,
 * and what is left between these two is noise (a paste's kubelet and event words).
 */
function clearly(b: number, a: number, best: number): number {
  if (Math.max(a, b) < best / 2) return 0;
  return Math.abs(b - a) > Math.max(a, b) / 6 ? b - a : 0;
}

/**
 * How many cluster modes limit an entry: among entries that match a query
 * equally, the one for every cluster comes before the one for a particular
 * mode (the query's evidence has already raised it if the query shows that mode).
 */
function narrowness(e: EntryMeta): number {
  return Object.keys(e.modes).length;
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
