import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { entriesIn, entryId, localePaths } from '../../lib/faq.ts';
import { treesIn } from '../../components/triage/trees.ts';
import { t } from '../../i18n/ui/index.ts';
import {
  commonWords,
  documentFrequency,
  firstSentence,
  searchIdentifiers,
  searchVocabulary,
  type SearchIndex,
} from '../../lib/search/index-data.ts';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

/**
 * `/{lang}/search-index.json`: what the search needs besides Pagefind — the
 * entries' errors (for pasted log lines), their facets (for browsing with an
 * empty query) and the vocabulary for typo correction. Loaded on first search.
 */
export const GET: APIRoute = async ({ params }) => {
  const entries = await entriesIn(params.lang as Locale);
  const texts = entries.map((e) =>
    [
      e.data.title,
      e.data.summary,
      ...e.data.questions,
      e.data.symptom ?? '',
      e.data.cause ?? '',
      ...e.data.errors,
      ...e.data.components,
      e.body ?? '',
    ].join(' '),
  );
  const vocabulary = searchVocabulary(texts);
  const body: SearchIndex = {
    entries: entries.map((e) => ({
      id: entryId(e),
      title: e.data.title,
      summary: e.data.summary,
      questions: e.data.questions,
      ...distinguishing(e.data),
      kind: e.data.kind,
      plugin: e.data.plugin,
      components: e.data.components,
      circumstances: e.data.circumstances,
      errors: e.data.errors,
      versions: e.data.versions,
      versionMatch: e.data.versionMatch,
      modes: e.data.modes,
    })),
    trees: (await treesIn(params.lang as Locale)).map((t) => ({
      id: t.id,
      title: t.root.data.title!,
      symptoms: t.root.data.symptoms ?? [],
    })),
    triageOffer: t(params.lang as Locale, 'triage.offer'),
    vocabulary,
    df: documentFrequency(vocabulary, texts),
    identifiers: searchIdentifiers(texts),
    common: commonWords(texts),
  };
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
};

/** The first sentence of a troubleshooting entry's cause, when it says something the summary does not. */
function distinguishing(data: { kind: string; cause?: string | undefined; summary: string }): { distinguish?: string } {
  const line = data.kind === 'troubleshooting' && data.cause ? firstSentence(data.cause) : data.summary;
  return line === data.summary ? {} : { distinguish: line };
}
