import type { FaqEntry } from './faq.ts';
import { entryId, entryLocale } from './faq.ts';

/** One former id and the entry it now points to. */
export interface AliasRoute {
  readonly alias: string;
  readonly target: string;
}

/** Every alias of every entry (language-neutral: the content check makes them identical). */
export function aliasRoutes(entries: readonly FaqEntry[]): AliasRoute[] {
  const out = new Map<string, string>();
  for (const e of entries) if (entryLocale(e) === 'en') for (const alias of e.data.aliases) out.set(alias, entryId(e));
  return [...out].map(([alias, target]) => ({ alias, target }));
}
