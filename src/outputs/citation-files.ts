import type { BriefingView, ClaimView } from '../lib/briefing-view.ts';
import { bibtexCitation, type BriefingCitation } from './cite-briefing.ts';
import { bibtexClaimCitation, cslClaimCitation, type ClaimCitation } from './cite-claim.ts';
import { cslDate, type CslItem } from './csl.ts';
import type { SiteUrls } from './site-urls.ts';

/**
 * A briefing's citation files, `/briefings/<slug>.bib` and `/briefings/<slug>.csl.json`: the
 * briefing's own entry first, then one per claim in reading order. The page shows each claim's
 * citation in plain text and names its entry here; the entries themselves live in these two
 * files rather than in the page, where a claim's BibTeX and CSL-JSON were a tenth of its weight.
 */

/** The path of a briefing's BibTeX file, from the site's root. */
export function bibtexFilePath(slug: string): string {
  return `briefings/${slug}.bib`;
}

/** The path of a briefing's CSL-JSON file, from the site's root. */
export function cslFilePath(slug: string): string {
  return `briefings/${slug}.csl.json`;
}

/** What the citations of a briefing say about it: title, authors, dates, address, publication. */
export function briefingCitation(view: BriefingView, url: string, publication: string): BriefingCitation {
  const { data } = view;
  return {
    slug: view.slug,
    title: data.title,
    authors: data.authors ?? [],
    published: data.published,
    ...(data.updated ? { updated: data.updated } : {}),
    url,
    publication,
  };
}

/** One claim's citation: its briefing's, with the claim's words and shareable address. */
export function claimCitation(briefing: BriefingCitation, claim: ClaimView): ClaimCitation {
  return { briefing, claimId: claim.id, claimText: claim.text, claimUrl: `${briefing.url}#${claim.anchorId}` };
}

/** The briefing as a CSL-JSON item: an article of the publication, cited as it last stood. */
export function cslBriefingCitation(citation: BriefingCitation): CslItem {
  return {
    id: citation.slug,
    type: 'article',
    title: citation.title,
    publisher: citation.publication,
    'container-title': citation.publication,
    genre: 'Briefing',
    ...(citation.authors.length > 0 && { author: citation.authors.map((name) => ({ literal: name })) }),
    issued: cslDate(citation.updated ?? citation.published),
    URL: citation.url,
  };
}

/** The citation of a briefing and of each of its claims, for both files. */
function citations(view: BriefingView, urls: SiteUrls, publication: string) {
  const briefing = briefingCitation(view, urls.briefing(view.slug), publication);
  return { briefing, claims: view.claims.map((claim) => claimCitation(briefing, claim)) };
}

/** `/briefings/<slug>.bib`: biblatex `@online` entries, the briefing's first. */
export function bibtexFile(view: BriefingView, urls: SiteUrls, publication: string): string {
  const { briefing, claims } = citations(view, urls, publication);
  return `${[bibtexCitation(briefing), ...claims.map(bibtexClaimCitation)].join('\n\n')}\n`;
}

/** `/briefings/<slug>.csl.json`: CSL-JSON items for Zotero and Pandoc, the briefing's first. */
export function cslFile(view: BriefingView, urls: SiteUrls, publication: string): CslItem[] {
  const { briefing, claims } = citations(view, urls, publication);
  return [cslBriefingCitation(briefing), ...claims.map(cslClaimCitation)];
}
