import type { APIRoute } from 'astro';
import { getPublishedViews, getSourceMap } from '../data/content.ts';
import { jsonResponse } from '../outputs/responses.ts';
import { requireSite, siteUrls } from '../outputs/site-urls.ts';
import { sourcesFile } from '../outputs/sources-file.ts';
import { SITE } from '../site.ts';

/** `/sources.json`: the source library, described by `/schema/sources.schema.json`. */
export const GET: APIRoute = async ({ site }) => {
  const urls = siteUrls(requireSite(site, '/sources.json'));
  const [views, sources] = await Promise.all([getPublishedViews(), getSourceMap()]);
  return jsonResponse(sourcesFile(views, sources, { name: SITE.name, url: urls.root }, urls));
};
