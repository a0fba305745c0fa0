import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';
import { sitemapFile, sitemapIndexXml } from '../lib/sitemap.ts';
import { siteConfig } from '../lib/site-config.ts';
import { sitemapFiles } from './_sitemap.ts';

/** `/sitemap.xml`: the index of the sitemap files (`sitemap-<n>.xml`, 50,000 URLs each at most). */
export const GET: APIRoute = async () => {
  const { site, base } = siteConfig();
  const files = await sitemapFiles();
  const xml = sitemapIndexXml(files.map((_, n) => absoluteUrl(sitemapFile(base, n), site)));
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
