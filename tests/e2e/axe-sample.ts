/**
 * Which pages the axe sweeps visit with every rule.
 *
 * A colour comes from an element and its classes (Tailwind utilities, the
 * highlighter's token classes), and a template gives a page its structure, so
 * colour contrast — axe's slowest rule — is decided on a cover of the site:
 * every page template in every language and, beyond those, enough pages that
 * every element-and-class pair the site uses is on at least one of them (a set
 * cover, picked greedily), in both themes. Entry pages, whose structure is
 * their own content, are also swept one by one with every other rule.
 */
import { isLocale } from '../../src/i18n/locales.ts';

export interface BuiltPage {
  /** URL path, e.g. `/en/faq/some-entry/`. */
  url: string;
  html: string;
}

/** The template a URL is built from: `en:faq`, `ja:home`, `go` (language-neutral pages), `root`, `404`. */
export function templateOf(url: string): string {
  if (url === '/') return 'root';
  const [first = '', second = 'home'] = url.split('/').filter(Boolean);
  if (first.endsWith('.html')) return first.replace(/\.html$/, '');
  // Language folders hold several templates; any other top folder (`/go/`) is one.
  return isLocale(first) ? `${first}:${second}` : first;
}

/** Every element name, class and element-with-class the page's markup uses. */
export function styleFeatures(html: string): Set<string> {
  const features = new Set<string>();
  for (const [, tag = '', attrs = ''] of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/g)) {
    features.add(tag);
    const classes = /\bclass="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    for (const name of classes) {
      features.add(`.${name}`);
      features.add(`${tag}.${name}`);
    }
  }
  return features;
}

/** One page per template, then pages that add features until every feature is covered. */
export function coverSample(pages: readonly BuiltPage[]): string[] {
  const sorted = [...pages].sort((a, b) => a.url.localeCompare(b.url));
  const featured = sorted.map((page) => ({ url: page.url, features: styleFeatures(page.html) }));
  const chosen = new Set<string>();
  const uncovered = new Set(featured.flatMap((page) => [...page.features]));
  const take = (page: (typeof featured)[number]) => {
    chosen.add(page.url);
    for (const feature of page.features) uncovered.delete(feature);
  };
  const templates = new Set<string>();
  for (const page of featured) {
    const template = templateOf(page.url);
    if (templates.has(template)) continue;
    templates.add(template);
    take(page);
  }
  while (uncovered.size > 0) {
    // Every uncovered feature comes from some page, so one always adds something.
    let best: (typeof featured)[number] | undefined;
    let gain = 0;
    for (const page of featured) {
      let n = 0;
      for (const feature of page.features) if (uncovered.has(feature)) n++;
      if (n > gain) [best, gain] = [page, n];
    }
    take(best!);
  }
  return [...chosen].sort();
}
