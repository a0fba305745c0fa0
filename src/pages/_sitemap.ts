// The pages the sitemap lists (Astro glue for src/pages/sitemap*.xml.ts; the
// underscore keeps this module out of the routes).
import { htmlLang, localeKeys, type Locale } from '../i18n/locales.ts';
import { allEntries, byComponent, byPlugin, entriesIn, entryId, errorPages } from '../lib/faq.ts';
import { BROWSE_PAGE, evenPages } from '../lib/paging.ts';
import { siteConfig } from '../lib/site-config.ts';
import { sitemapChunks, type SitemapPage } from '../lib/sitemap.ts';
import { allTrees } from '../components/triage/trees.ts';
import { absoluteUrl, componentUrl, entryUrl, errorsUrl, homeUrl, pagedUrl, pluginUrl, triageUrl } from '../lib/urls.ts';
import type { Component } from '../schemas/component.ts';
import type { Plugin } from '../schemas/plugin.ts';

/** Every page in every language, each with its hreflang alternates and x-default (English). */
async function sitemapPages(origin: URL): Promise<SitemapPage[]> {
  const entries = await allEntries();
  // Tree and node ids are the same in every language: the English trees name them.
  const triage = (await allTrees())
    .filter((t) => t.locale === 'en')
    .flatMap((t) => [...t.nodes.keys()].map((n) => [t.id, n] as const));
  // Lists run to the same number of pages in every language (the same entries, errors and tags in each):
  // the English ones count them.
  const english = await entriesIn('en');
  const pageCount = (list: readonly unknown[]) => evenPages(list, BROWSE_PAGE).length;
  const paged = (first: (l: Locale) => string, count: number) =>
    Array.from({ length: count }, (_, i) => (l: Locale) => pagedUrl(first(l), i + 1));
  const plugins = [...new Set(entries.flatMap((e) => e.data.plugin))] as Plugin[];
  const components = [...new Set(entries.flatMap((e) => e.data.components))] as Component[];
  const groups: ((l: Locale) => string)[] = [
    homeUrl,
    ...paged((l) => errorsUrl(l), (await errorPages('en')).pages.length),
    ...[...new Set(entries.map(entryId))].sort().map((id) => (l: Locale) => entryUrl(l, id)),
    ...plugins.flatMap((p) => paged((l) => pluginUrl(l, p), pageCount(byPlugin(english, p)))),
    ...components.flatMap((c) => paged((l) => componentUrl(l, c), pageCount(byComponent(english, c)))),
    (l) => triageUrl(l),
    ...triage.map(
      ([tree, node]) =>
        (l: Locale) =>
          triageUrl(l, tree, node),
    ),
  ];
  return groups.flatMap((page) =>
    localeKeys.map((l) => ({
      loc: absoluteUrl(page(l), origin),
      alternates: [
        ...localeKeys.map((a) => [htmlLang(a), absoluteUrl(page(a), origin)] as const),
        ['x-default', absoluteUrl(page('en'), origin)] as const,
      ],
    })),
  );
}

let files: Promise<SitemapPage[][]> | undefined;
/** The sitemap's files, each at most KB_SITEMAP_URLS pages (50,000), under the configured origin, computed once per build. */
export function sitemapFiles(): Promise<SitemapPage[][]> {
  const { site, sitemapUrls } = siteConfig();
  files ??= sitemapPages(new URL(site)).then((pages) => sitemapChunks(pages, sitemapUrls));
  return files;
}
