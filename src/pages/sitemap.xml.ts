import type { APIRoute } from 'astro';
import { getPublishedViews, getSourceMap } from '../data/content.ts';
import { textResponse } from '../outputs/responses.ts';
import { sitemapEntries, sitemapXml } from '../outputs/sitemap.ts';
import { requireSite, siteUrls } from '../outputs/site-urls.ts';

/** `/sitemap.xml`: every page of the site, briefings with the day they last changed. */
export const GET: APIRoute = async ({ site }) => {
  const urls = siteUrls(requireSite(site, '/sitemap.xml'));
  const [views, sources] = await Promise.all([getPublishedViews(), getSourceMap()]);
  return textResponse(sitemapXml(sitemapEntries(views, sources.keys(), urls)), 'application/xml');
};
