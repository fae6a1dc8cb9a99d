import type { Rule } from '../model.ts';
import { briefingPoint } from './locate.ts';

export const uncitedClaim: Rule = {
  id: 'uncited-claim',
  check({ briefings }, report) {
    for (const briefing of briefings) {
      for (const entry of briefing.claims) {
        if (entry.claim?.citations.length !== 0) continue;
        report({
          file: briefing.file.path,
          point: briefingPoint(briefing, ['claims', entry.index, 'citations']),
          message: `claim "${entry.claim.id}" has no citation; every claim needs at least one source under citations (- source: <id>)`,
        });
      }
    }
  },
};
