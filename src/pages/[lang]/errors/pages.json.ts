import type { APIRoute } from 'astro';
import { localePaths, errorPages } from '../../../lib/faq.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { errorsUrl } from '../../../lib/urls.ts';

// Which page of the error index each error's anchor is on, as a path
// (`{"e-ipnotenough": "/en/errors/2/"}`): the index's pages look an anchor up
// here when the address names one they do not hold.
export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.lang as Locale;
  const { pageOf } = await errorPages(locale);
  const map = Object.fromEntries([...pageOf].map(([anchor, page]) => [anchor, errorsUrl(locale, undefined, page)]));
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
};
