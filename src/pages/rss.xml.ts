import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedViews } from '../data/content.ts';
import { feedOptions } from '../outputs/feed.ts';
import { requireSite, siteUrls } from '../outputs/site-urls.ts';
import { SITE } from '../site.ts';

/** `/rss.xml`: the published briefings, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const urls = siteUrls(requireSite(site, '/rss.xml'));
  return rss(feedOptions(await getPublishedViews(), SITE, urls));
};
