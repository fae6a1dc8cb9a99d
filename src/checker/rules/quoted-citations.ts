import type { Citation } from '../../schemas/index.ts';
import type { CheckContext, LoadedBriefing } from '../model.ts';
import { sourceWasRead } from './readable.ts';

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

/**
 * Every quoted citation of known sources, with the snapshot that applies to it. A citation whose
 * snapshot cannot be known, because the YAML of its source (or of its via, when the source has no
 * snapshot) could not be read, is left out: it is neither checked nor called unverifiable.
 */
export function quotedCitations({ briefings, sources }: CheckContext): QuotedCitation[] {
  const quoted: QuotedCitation[] = [];
  for (const briefing of briefings) {
    for (const { claim, index } of briefing.claims) {
      claim?.citations.forEach((citation, citationIndex) => {
        const source = sources.get(citation.source);
        if (citation.quote === undefined || !source || !sourceWasRead(source)) return;
        const via = citation.via === undefined ? undefined : sources.get(citation.via);
        const own = source.data.snapshot;
        if (own === undefined && via && !sourceWasRead(via)) return;
        const entry: QuotedCitation = {
          briefing,
          claimIndex: index,
          claimId: claim.id,
          citationIndex,
          citation: { ...citation, quote: citation.quote },
        };
        if (own !== undefined) {
          entry.snapshotOwner = citation.source;
          entry.snapshot = own;
        } else if (via?.data.snapshot !== undefined && citation.via !== undefined) {
          entry.snapshotOwner = citation.via;
          entry.snapshot = via.data.snapshot;
        }
        quoted.push(entry);
      });
    }
  }
  return quoted;
}
