import type { APIRoute } from 'astro';
import { getPublishedViews, getSourceMap } from '../data/content.ts';
import { claimsFile } from '../outputs/claims-file.ts';
import { jsonResponse } from '../outputs/responses.ts';
import { requireSite, siteUrls } from '../outputs/site-urls.ts';
import { SITE } from '../site.ts';

/**
 * `/claims.json`: every published claim, described by `/schema/claims.schema.json`. Not a page of
 * its own (the underscore): the integration adds this route to `astro dev` and to sharded builds,
 * which render it from the whole publication; a site built whole writes the same file from its
 * evidence packs once its pages are written (`integration/claims-export.ts`).
 */
export const GET: APIRoute = async ({ site }) => {
  const urls = siteUrls(requireSite(site, '/claims.json'));
  const [views, sources] = await Promise.all([getPublishedViews(), getSourceMap()]);
  return jsonResponse(claimsFile(views, sources, { name: SITE.name, url: urls.root }, urls));
};
