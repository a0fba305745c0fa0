import type { APIRoute } from 'astro';
import { htmlLang, localeKeys, type Locale } from '../i18n/locales.ts';
import { allEntries, entryId } from '../lib/faq.ts';
import { allTrees } from '../components/triage/trees.ts';
import { absoluteUrl, componentUrl, entryUrl, errorsUrl, homeUrl, pluginUrl, triageUrl } from '../lib/urls.ts';
import type { Component } from '../schemas/component.ts';
import type { Plugin } from '../schemas/plugin.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** `/sitemap.xml`: every page in every language, each with its hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost/');
  const entries = await allEntries();
  // Tree and node ids are the same in every language: the English trees name them.
  const triage = (await allTrees())
    .filter((t) => t.locale === 'en')
    .flatMap((t) => [...t.nodes.keys()].map((n) => [t.id, n] as const));
  const groups: ((l: Locale) => string)[] = [
    homeUrl,
    (l) => errorsUrl(l),
    ...[...new Set(entries.map(entryId))].sort().map((id) => (l: Locale) => entryUrl(l, id)),
    ...[...new Set(entries.flatMap((e) => e.data.plugin))].map((p) => (l: Locale) => pluginUrl(l, p as Plugin)),
    ...[...new Set(entries.flatMap((e) => e.data.components))].map((c) => (l: Locale) => componentUrl(l, c as Component)),
    (l) => triageUrl(l),
    ...triage.map(
      ([tree, node]) =>
        (l: Locale) =>
          triageUrl(l, tree, node),
    ),
  ];
  const urls = groups.flatMap((page) =>
    localeKeys.map((l) => {
      const alternates = localeKeys
        .map((a) => `<xhtml:link rel="alternate" hreflang="${htmlLang(a)}" href="${escape(absoluteUrl(page(a), origin))}"/>`)
        .join('');
      return `<url><loc>${escape(absoluteUrl(page(l), origin))}</loc>${alternates}<xhtml:link rel="alternate" hreflang="x-default" href="${escape(absoluteUrl(page('en'), origin))}"/></url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
