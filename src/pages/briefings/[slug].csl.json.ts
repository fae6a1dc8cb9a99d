import type { APIRoute, GetStaticPaths } from 'astro';
import { briefingPaths } from '../../data/briefing-paths.ts';
import { getBriefingView, type BriefingEntry } from '../../data/content.ts';
import { cslFile } from '../../outputs/citation-files.ts';
import { jsonResponse } from '../../outputs/responses.ts';
import { requireSite, siteUrls } from '../../outputs/site-urls.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths = briefingPaths satisfies GetStaticPaths;

/** `/briefings/<slug>.csl.json`: the briefing and each of its claims as CSL-JSON items. */
export const GET: APIRoute<{ entry: BriefingEntry }> = async ({ props, site }) => {
  const urls = siteUrls(requireSite(site, '/briefings/<slug>.csl.json'));
  return jsonResponse(cslFile(await getBriefingView(props.entry), urls, SITE.name));
};
