import type { APIRoute } from 'astro';
import { getPublishedViews } from '../data/content.ts';
import { CORRECTIONS_FEED_PATH, correctionItems, correctionsFeedXml } from '../outputs/corrections-feed.ts';
import { textResponse } from '../outputs/responses.ts';
import { requireSite, siteUrls } from '../outputs/site-urls.ts';
import { SITE } from '../site.ts';

/** `/corrections.xml`: corrections and claim status changes of every published briefing, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const urls = siteUrls(requireSite(site, CORRECTIONS_FEED_PATH));
  return textResponse(
    correctionsFeedXml(correctionItems(await getPublishedViews(), urls), SITE, urls),
    'application/xml',
  );
};
