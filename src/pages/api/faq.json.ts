import type { APIRoute } from 'astro';
import { localeKeys } from '../../i18n/locales.ts';
import { allEntries, entryId, entryLocale } from '../../lib/faq.ts';
import { absoluteUrl, entryUrl, goUrl } from '../../lib/urls.ts';

/**
 * `/api/faq.json`: every entry for ticket systems and chat bots. Its shape is
 * public/api/faq.schema.json (documented in the README); a test checks the
 * built file against it.
 */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost/');
  const entries = await allEntries();
  const ids = [...new Set(entries.map(entryId))].sort();
  const body = {
    schema: absoluteUrl(`${import.meta.env.BASE_URL}api/faq.schema.json`, origin),
    version: 1,
    entries: ids.map((id) => {
      const perLocale = entries.filter((e) => entryId(e) === id);
      const first = perLocale[0]!.data;
      const updated = perLocale
        .map((e) => e.data.updated.toISOString().slice(0, 10))
        .sort()
        .at(-1)!;
      return {
        id,
        aliases: first.aliases,
        permalink: absoluteUrl(goUrl(id), origin),
        kind: first.kind,
        plugin: first.plugin,
        components: first.components,
        errors: first.errors,
        versions: first.versions,
        updated,
        languages: Object.fromEntries(
          localeKeys.map((l) => {
            const e = perLocale.find((x) => entryLocale(x) === l)!;
            return [
              l,
              {
                title: e.data.title,
                summary: e.data.summary,
                url: absoluteUrl(entryUrl(l, id), origin),
                updated: e.data.updated.toISOString().slice(0, 10),
              },
            ];
          }),
        ),
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json' } });
};
