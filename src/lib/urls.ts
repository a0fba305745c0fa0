import { isLocale, localeKeys, type Locale } from '../i18n/locales.ts';
import type { Component } from '../schemas/component.ts';
import type { Plugin } from '../schemas/plugin.ts';
import { TRIAGE_ROOT } from '../schemas/triage-root.ts';

/** The base path the site is served under, always with a trailing slash (`/` when no base is set). */
export const BASE: string = (import.meta.env?.BASE_URL ?? '').replace(/\/?$/, '/');

function join(...segments: string[]): string {
  return BASE + segments.map((s) => encodeURIComponent(s)).join('/') + '/';
}

/** `/{lang}/` */
export function homeUrl(locale: Locale): string {
  return join(locale);
}

/** `/{lang}/faq/<id>/`, optionally with `#anchor`. */
export function entryUrl(locale: Locale, id: string, anchor?: string): string {
  return join(locale, 'faq', id) + (anchor ? `#${anchor}` : '');
}

/** `/{lang}/plugin/<plugin>/` */
export function pluginUrl(locale: Locale, plugin: Plugin): string {
  return join(locale, 'plugin', plugin);
}

/** `/{lang}/component/<component>/` */
export function componentUrl(locale: Locale, component: Component): string {
  return join(locale, 'component', component);
}

/** `/{lang}/search/`, optionally with a query. */
export function searchUrl(locale: Locale, query?: string): string {
  return join(locale, 'search') + (query ? `?q=${encodeURIComponent(query)}` : '');
}

/**
 * The anchor of an error on the errors page: its letters and digits, lower-case,
 * joined by hyphens (`Connection timed out` → `e-connection-timed-out`). The
 * same in every language, like the errors themselves; variants that differ only
 * in case or punctuation share one.
 */
export function errorAnchor(error: string): string {
  return `e-${error
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')}`;
}

/**
 * Page `n` of a list whose first page is `first`: `first` itself for page 1,
 * `first` + `n/` after it (`/en/plugin/terway/` → `/en/plugin/terway/2/`).
 */
export function pagedUrl(first: string, n: number): string {
  return n > 1 ? `${first}${n}/` : first;
}

/**
 * `/{lang}/errors/`: every error message the entries list; optionally at one
 * error, on page `page` of the index (errorPages in faq.ts says which).
 */
export function errorsUrl(locale: Locale, error?: string, page = 1): string {
  return pagedUrl(join(locale, 'errors'), page) + (error ? `#${errorAnchor(error)}` : '');
}

/**
 * `/{lang}/triage/`, a tree `/{lang}/triage/<tree>/` (its root node, `start`),
 * or one of its nodes `/{lang}/triage/<tree>/<node>/`.
 */
export function triageUrl(locale: Locale, tree?: string, node?: string): string {
  if (tree === undefined) return join(locale, 'triage');
  return node === undefined || node === TRIAGE_ROOT ? join(locale, 'triage', tree) : join(locale, 'triage', tree, node);
}

/** `/{lang}/cluster/`: the reader's cluster. */
export function clusterUrl(locale: Locale): string {
  return join(locale, 'cluster');
}

/** `/{lang}/<name>`: a per-language data file such as `search-index.json`. */
export function localeFileUrl(locale: Locale, name: string): string {
  return `${BASE}${locale}/${name}`;
}

/** The same page in every language (for hreflang and the switcher), from a URL builder. */
export function alternatesFor(url: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(localeKeys.map((l) => [l, url(l)])) as Record<Locale, string>;
}

/** The language-neutral permalink `/go/<id>/`, optionally with `#anchor`. */
export function goUrl(id: string, anchor?: string): string {
  return join('go', id) + (anchor ? `#${anchor}` : '');
}

/** Absolute URL for canonical links and the sitemap. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * The same page in another language: swaps the locale segment right after the
 * base and keeps the rest of the path, the query and the fragment.
 */
export function switchLocaleUrl(href: string, target: Locale): string {
  const m = /^([^?#]*)(.*)$/.exec(href)!;
  const path = m[1]!;
  const rest = m[2]!;
  if (!path.startsWith(BASE)) return homeUrl(target);
  const segments = path.slice(BASE.length).split('/');
  if (!isLocale(segments[0])) return homeUrl(target);
  segments[0] = target;
  return BASE + segments.join('/') + rest;
}
