import { bibtexText, type BriefingCitation } from './cite-briefing.ts';
import type { CslItem } from './csl.ts';
import { cslDate } from './csl.ts';
import { formatDate } from '../lib/dates.ts';

/** What a citation of one claim needs: its briefing's citation, the claim, and its own address. */
export interface ClaimCitation {
  briefing: BriefingCitation;
  claimId: string;
  claimText: string;
  /** The claim's shareable address: the briefing's page at `#claim-<id>`. */
  claimUrl: string;
}

/** The day the briefing last stood as cited: its update, or its publication. */
function citedDate(citation: ClaimCitation): string {
  return citation.briefing.updated ?? citation.briefing.published;
}

/** A plain-text citation of a claim, in the same author-title-date style as the briefing's. */
export function plainClaimCitation(citation: ClaimCitation): string {
  const { briefing } = citation;
  const authors = briefing.authors.length ? `${briefing.authors.join(', ')}. ` : '';
  const updated = briefing.updated ? `, updated ${formatDate(briefing.updated)}` : '';
  return `${authors}“${citation.claimText}” Claim in “${briefing.title}”. ${briefing.publication}, ${formatDate(briefing.published)}${updated}. ${citation.claimUrl}`;
}

/** The key of a claim's BibTeX entry: publication, briefing and claim, so it is unique in any library. */
export function bibtexClaimKey(citation: ClaimCitation): string {
  return `${citation.briefing.publication.toLowerCase().replace(/[^a-z0-9]+/g, '')}-${citation.briefing.slug}-${citation.claimId}`;
}

/** The id of a claim's CSL-JSON item. */
export function cslClaimId(citation: ClaimCitation): string {
  return `${citation.briefing.slug}#${citation.claimId}`;
}

/** A biblatex `@online` entry for one claim; the briefing it belongs to goes in `titleaddon`. */
export function bibtexClaimCitation(citation: ClaimCitation): string {
  const { briefing } = citation;
  const date = citedDate(citation);
  const [year, month] = date.split('-');
  const fields: [string, string][] = [
    ['title', `{${bibtexText(citation.claimText)}}`],
    ['titleaddon', `{Claim in “${bibtexText(briefing.title)}”}`],
    ...(briefing.authors.length
      ? ([['author', `{${briefing.authors.map(bibtexText).join('} and {')}}`]] as [string, string][])
      : []),
    ['organization', `{${bibtexText(briefing.publication)}}`],
    ['date', `{${date}}`],
    ['year', `{${year ?? ''}}`],
    ['month', `{${month ?? ''}}`],
    ['url', `{${citation.claimUrl}}`],
  ];
  return `@online{${bibtexClaimKey(citation)},\n${fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

/** One claim as a CSL-JSON item (Zotero, Pandoc): a web page within the briefing. */
export function cslClaimCitation(citation: ClaimCitation): CslItem {
  const { briefing } = citation;
  return {
    id: cslClaimId(citation),
    type: 'webpage',
    title: citation.claimText,
    'container-title': briefing.title,
    publisher: briefing.publication,
    genre: 'Claim',
    ...(briefing.authors.length > 0 && { author: briefing.authors.map((name) => ({ literal: name })) }),
    issued: cslDate(citedDate(citation)),
    URL: citation.claimUrl,
  };
}
