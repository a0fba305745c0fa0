import type { Circumstance } from '../../schemas/circumstance.ts';
import type { Component } from '../../schemas/component.ts';
import type { Kind } from '../../schemas/kind.ts';
import type { Modes } from '../../schemas/modes.ts';
import type { Plugin } from '../../schemas/plugin.ts';
import type { Versions } from '../../schemas/versions.ts';
import type { TriageTreeRef } from './triage-offer.ts';

/** One entry as the search sees it. */
export interface SearchEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** How readers ask for it (frontmatter `questions`), weighed like the title. */
  readonly questions: readonly string[];
  /**
   * The line that tells the entry apart from its neighbours in a result list:
   * the first sentence of the cause for troubleshooting entries; absent where
   * that is the summary (the summary stands in, and is not sent twice).
   */
  readonly distinguish?: string;
  readonly kind: Kind;
  readonly plugin: readonly Plugin[];
  readonly components: readonly Component[];
  /** What the problem follows from or which way its traffic goes (frontmatter `circumstances`). */
  readonly circumstances: readonly Circumstance[];
  readonly errors: readonly string[];
  /** For "does this apply to my cluster" on results. */
  readonly versions: Versions;
  readonly versionMatch: 'all' | 'any';
  readonly modes: Modes;
}

/** `/{lang}/search-index.json` */
export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** The triage trees, offered for a symptom typed without an error. */
  readonly trees: readonly TriageTreeRef[];
  /** The offer's words, `… {title}` (here, not in every page's markup: only a search needs them). */
  readonly triageOffer: string;
  /** ASCII words of 4+ letters that occur in the entries, for typo correction. */
  readonly vocabulary: readonly string[];
  /** For each vocabulary word, in the same order, how many entries use it (rare words tell more). */
  readonly df: readonly number[];
  /** Identifiers (words joined by `-`, `_` or `.`) that occur in the entries, for typo correction. */
  readonly identifiers: readonly string[];
  /** ASCII words on nearly every entry (commonWords), which a large language does not search for one by one. */
  readonly common: readonly string[];
  /**
   * Pagefind's page id → entry id, so ranking needs no fragment downloads. Added
   * by scripts/pagefind.mjs once Pagefind has named the pages (the index is
   * written before Pagefind runs); absent from a build without Pagefind.
   */
  readonly pages?: Readonly<Record<string, string>>;
}

/** How many of the texts use each word (same order as `words`). */
export function documentFrequency(words: readonly string[], texts: readonly string[]): number[] {
  const counts = new Map(words.map((w) => [w, 0]));
  for (const text of texts) {
    for (const w of new Set(searchVocabulary([text]))) if (counts.has(w)) counts.set(w, counts.get(w)! + 1);
  }
  return words.map((w) => counts.get(w)!);
}

/**
 * The ASCII words (2+ letters or digits, lower-case) on so many of the texts that a search's list
 * for one of them would weigh under 0.05 (the engine weighs a word's list by log(texts / pages with
 * it) / log(texts)): on more than texts^0.95 of them. Pagefind finds a word on at least the pages
 * that hold it whole, so its list for such a word weighs less still. Sorted.
 */
export function commonWords(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // A code fence's language (```bash) is no text of the page.
    const shown = text.replace(/^(\s*(?:`{3,}|~{3,}))[^\n]*/gm, '$1');
    for (const w of new Set(shown.toLowerCase().match(/[a-z0-9]{2,}/g) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const above = Math.pow(texts.length, 0.95);
  return [...counts]
    .filter(([, n]) => n > above)
    .map(([w]) => w)
    .sort();
}

/** The distinct ASCII words (4+ letters, lower-case) of some texts, sorted. */
export function searchVocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const w of text.toLowerCase().match(/[a-z][a-z0-9_]{3,}/g) ?? []) if (w.length <= 40) words.add(w);
  }
  return [...words].sort();
}

/** The distinct identifiers of some texts (lower-case, 6–60 characters, with `-`, `_` or `.` inside), sorted. */
export function searchIdentifiers(texts: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const id of text.toLowerCase().match(/[a-z0-9]+(?:[-_.][a-z0-9]+)+/g) ?? []) {
      // Addresses and version numbers are not names a reader could mistype.
      if (id.length >= 6 && id.length <= 60 && /[a-z]/.test(id) && !/^v?\d+(?:\.\d+)+/.test(id)) out.add(id);
    }
  }
  return [...out].sort();
}

/** The first sentence of a text (up to its first full stop: `.`, `。` or `．` followed by a space or the end). */
export function firstSentence(text: string): string {
  const m = /^.*?(?:[。．]|\.(?=\s|$))/su.exec(text.trim());
  return (m ? m[0] : text).trim();
}
