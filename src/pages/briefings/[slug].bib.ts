import type { APIRoute, GetStaticPaths } from 'astro';
import { briefingPaths } from '../../data/briefing-paths.ts';
import { getBriefingView, type BriefingEntry } from '../../data/content.ts';
import { bibtexFile } from '../../outputs/citation-files.ts';
import { textResponse } from '../../outputs/responses.ts';
import { requireSite, siteUrls } from '../../outputs/site-urls.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths = briefingPaths satisfies GetStaticPaths;

/** `/briefings/<slug>.bib`: the briefing and each of its claims as BibTeX entries. */
export const GET: APIRoute<{ entry: BriefingEntry }> = async ({ props, site }) => {
  const urls = siteUrls(requireSite(site, '/briefings/<slug>.bib'));
  return textResponse(bibtexFile(await getBriefingView(props.entry), urls, SITE.name), 'application/x-bibtex');
};
