import type { APIRoute, GetStaticPaths } from 'astro';
import { verdictStrings } from '../../components/cluster/verdict-strings.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localePaths } from '../../lib/faq.ts';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

/**
 * `/{lang}/verdict-strings.json`: the wording of "applies / does not apply"
 * verdicts. Fetched only by readers who described a cluster, so the pages
 * themselves do not carry it.
 */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(verdictStrings(params.lang as Locale)), { headers: { 'content-type': 'application/json' } });
