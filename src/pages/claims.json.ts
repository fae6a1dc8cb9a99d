import type { APIRoute } from 'astro';
import { getPublishedViews, getSourceMap } from '../data/content.ts';
import { claimsFile } from '../outputs/claims-file.ts';
import { jsonResponse } from '../outputs/responses.ts';
import { requireSite, siteUrls } from '../outputs/site-urls.ts';
import { SITE } from '../site.ts';

/** `/claims.json`: every published claim, described by `/schema/claims.schema.json`. */
export const GET: APIRoute = async ({ site }) => {
  const urls = siteUrls(requireSite(site, '/claims.json'));
  const [views, sources] = await Promise.all([getPublishedViews(), getSourceMap()]);
  return jsonResponse(claimsFile(views, sources, { name: SITE.name, url: urls.root }, urls));
};
