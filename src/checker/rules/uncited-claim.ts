import { briefingPoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, theftBriefing } from './example-files.ts';

export const uncitedClaim = defineRule({
  id: 'uncited-claim',
  severity: 'error',
  summary: 'a claim with no citation',
  examples: {
    fails: briefingOnWire(theftBriefing({ citations: '[]' })),
    passes: briefingOnWire(theftBriefing()),
  },
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
});
