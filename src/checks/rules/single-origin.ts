import type { Rule } from '../model.ts';
import { briefingPoint } from './locate.ts';

/**
 * Two outlets repeating one wire story are not two confirmations. A citation's chain is its source
 * and the source it was seen through; when one source lies on every supporting chain, the claim
 * rests on that source alone, however many publishers carried it.
 */
export const singleOrigin: Rule = {
  id: 'single-origin',
  check({ briefings }, report) {
    for (const briefing of briefings) {
      for (const { claim, index } of briefing.claims) {
        if (claim?.status !== 'confirmed') continue;
        const chains = claim.citations
          .filter((citation) => citation.stance === 'supports')
          .map((citation) => new Set(citation.via === undefined ? [citation.source] : [citation.source, citation.via]));
        if (chains.length < 2) continue;
        const common = [...chains[0]!].filter((id) => chains.every((chain) => chain.has(id)));
        if (common.length === 0) continue;
        report({
          file: briefing.file.path,
          point: briefingPoint(briefing, ['claims', index, 'status']),
          message:
            `claim "${claim.id}" is confirmed, but all ${chains.length} supporting citations trace back to "${common[0]}"; ` +
            'cite an independent source, or use "reported"',
        });
      }
    }
  },
};
