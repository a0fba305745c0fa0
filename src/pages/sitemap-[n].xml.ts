import type { APIRoute, GetStaticPaths } from 'astro';
import { urlsetXml } from '../lib/sitemap.ts';
import { sitemapFiles } from './_sitemap.ts';

export const getStaticPaths = (async () =>
  (await sitemapFiles()).map((pages, n) => ({ params: { n: String(n) }, props: { pages } }))) satisfies GetStaticPaths;

/** `/sitemap-<n>.xml`: one file of the sitemap, every page with its hreflang alternates. */
export const GET: APIRoute = ({ props }) =>
  new Response(urlsetXml((props as { pages: Parameters<typeof urlsetXml>[0] }).pages), {
    headers: { 'content-type': 'application/xml' },
  });
