import type { APIRoute } from 'astro';
import { textResponse } from '../lib/exports/responses.ts';
import { robotsTxt } from '../lib/exports/robots.ts';
import { requireSite, siteUrls } from '../lib/exports/site-urls.ts';

/** `/robots.txt`, pointing crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) =>
  textResponse(robotsTxt(siteUrls(requireSite(site, '/robots.txt')).page('/sitemap.xml')), 'text/plain');
