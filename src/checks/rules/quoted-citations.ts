import type { Citation } from '../../schemas/index.ts';
import type { CheckContext, LoadedBriefing } from '../model.ts';

/** A citation with a quote, and the snapshot its quote is checked against. */
export interface QuotedCitation {
  briefing: LoadedBriefing;
  claimIndex: number;
  claimId: string;
  citationIndex: number;
  citation: Citation & { quote: string };
  /**
   * The source whose snapshot applies: the cited source's own, or, when it has none, that of the
   * source it was seen through (`via`), since the quote was read there.
   */
  snapshotOwner?: string;
  /** The snapshot's file name, when one applies. */
  snapshot?: string;
}

/** Every quoted citation of known sources, with the snapshot that applies to it. */
export function quotedCitations({ briefings, sources }: CheckContext): QuotedCitation[] {
  const quoted: QuotedCitation[] = [];
  for (const briefing of briefings) {
    for (const { claim, index } of briefing.claims) {
      claim?.citations.forEach((citation, citationIndex) => {
        if (citation.quote === undefined || !sources.has(citation.source)) return;
        const entry: QuotedCitation = {
          briefing,
          claimIndex: index,
          claimId: claim.id,
          citationIndex,
          citation: { ...citation, quote: citation.quote },
        };
        const own = sources.get(citation.source)?.data.snapshot;
        const viaSnapshot = citation.via === undefined ? undefined : sources.get(citation.via)?.data.snapshot;
        if (own !== undefined) {
          entry.snapshotOwner = citation.source;
          entry.snapshot = own;
        } else if (viaSnapshot !== undefined && citation.via !== undefined) {
          entry.snapshotOwner = citation.via;
          entry.snapshot = viaSnapshot;
        }
        quoted.push(entry);
      });
    }
  }
  return quoted;
}
