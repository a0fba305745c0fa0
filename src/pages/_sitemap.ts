// The pages the sitemap lists (Astro glue for src/pages/sitemap*.xml.ts; the
// underscore keeps this module out of the routes).
import { htmlLang, localeKeys, type Locale } from '../i18n/locales.ts';
import { allEntries, browsePages, byComponent, byPlugin, entryId, errorPages, type FaqEntry } from '../lib/faq.ts';
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
  // the English ones, paged as their routes page them, count them.
  const paged = (first: (l: Locale) => string, count: number) =>
    Array.from({ length: count }, (_, i) => (l: Locale) => pagedUrl(first(l), i + 1));
  const plugins = [...new Set(entries.flatMap((e) => e.data.plugin))] as Plugin[];
  const components = [...new Set(entries.flatMap((e) => e.data.components))] as Component[];
  const counts = async <K extends string>(keys: K[], select: (list: readonly FaqEntry[], key: K) => FaqEntry[]) => {
    const pages = (await browsePages(keys, select)).filter((p) => p.lang === 'en');
    return new Map(keys.map((k) => [k, pages.filter((p) => p.key === k).length]));
  };
  const [pluginPages, componentPages] = await Promise.all([counts(plugins, byPlugin), counts(components, byComponent)]);
  const groups: ((l: Locale) => string)[] = [
    homeUrl,
    ...paged((l) => errorsUrl(l), (await errorPages('en')).pages.length),
    ...[...new Set(entries.map(entryId))].sort().map((id) => (l: Locale) => entryUrl(l, id)),
    ...plugins.flatMap((p) => paged((l) => pluginUrl(l, p), pluginPages.get(p)!)),
    ...components.flatMap((c) => paged((l) => componentUrl(l, c), componentPages.get(c)!)),
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
