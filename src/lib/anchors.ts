/**
 * Every element id and fragment the site gives a claim, a citation or a note, and the path of
 * every kind of page: the one place these formats are spelled, so pages, exports, feeds, search
 * and scripts can never disagree. Paths are from the site's root; `paths.ts` adds the base.
 */

/** The start of every claim's element id: a search result whose URL holds it is a claim. */
export const CLAIM_ANCHOR_PREFIX = 'claim-';

/** The element id of a claim, and the fragment of its shareable URL: `claim-<id>`. */
export function claimAnchor(claimId: string): string {
  return `${CLAIM_ANCHOR_PREFIX}${claimId}`;
}

/** The element id of a claim's row in the claim ledger. */
export function ledgerAnchor(claimId: string): string {
  return `ledger-${claimId}`;
}

/** The element id of a numbered citation note. */
export function noteAnchor(number: number): string {
  return `note-${number}`;
}

/** The element id of one citation marker, the target of its note's backlink: `cite-3-a`. */
export function citeAnchor(number: number, letter: string): string {
  return `cite-${number}-${letter}`;
}

/** The path of a briefing's page, from the site's root. */
export function briefingPath(slug: string): string {
  return `briefings/${slug}/`;
}

/** The path of a source's page, from the site's root. */
export function sourcePath(id: string): string {
  return `sources/${id}/`;
}

/** The path of a topic's page, from the site's root. */
export function topicPath(topic: string): string {
  return `topics/${topic}/`;
}

/** The element id of an evidence map: the briefing's overview, or one claim's. */
export function evidenceMapAnchor(claimId?: string): string {
  return claimId === undefined ? 'evidence-map' : `evidence-map-${claimId}`;
}

/** The path of a briefing's evidence maps page, one map for each claim, from the site's root. */
export function evidenceMapsPath(slug: string): string {
  return `briefings/${slug}/evidence/`;
}

/** The element id of one claim's section on the evidence maps page: its heading and its map. */
export function claimMapAnchor(claimId: string): string {
  return `map-${claimId}`;
}
