import type { APIRoute } from 'astro';
import { textResponse } from '../outputs/responses.ts';
import { robotsTxt } from '../outputs/robots.ts';
import { requireSite, siteUrls } from '../outputs/site-urls.ts';

/** `/robots.txt`, pointing crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) =>
  textResponse(robotsTxt(siteUrls(requireSite(site, '/robots.txt')).page('/sitemap.xml')), 'text/plain');
