import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

/** `/robots.txt`, pointing at the sitemap under the configured site and base. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl(`${import.meta.env.BASE_URL}sitemap.xml`, site ?? 'http://localhost/')}\n`,
    {
      headers: { 'content-type': 'text/plain' },
    },
  );
