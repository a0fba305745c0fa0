import type { Component } from '../../schemas/component.ts';
import type { Kind } from '../../schemas/kind.ts';
import type { Modes } from '../../schemas/modes.ts';
import type { Plugin } from '../../schemas/plugin.ts';
import type { Versions } from '../../schemas/versions.ts';

/** One entry as the search sees it. */
export interface SearchEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly kind: Kind;
  readonly plugin: readonly Plugin[];
  readonly components: readonly Component[];
  readonly errors: readonly string[];
  /** For "does this apply to my cluster" on results. */
  readonly versions: Versions;
  readonly versionMatch: 'all' | 'any';
  readonly modes: Modes;
}

/** `/{lang}/search-index.json` */
export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** ASCII words of 4+ letters that occur in the entries, for typo correction. */
  readonly vocabulary: readonly string[];
}

/** The distinct ASCII words (4+ letters, lower-case) of some texts, sorted. */
export function searchVocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const w of text.toLowerCase().match(/[a-z][a-z0-9_]{3,}/g) ?? []) if (w.length <= 40) words.add(w);
  }
  return [...words].sort();
}
