import { briefingPoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, theftBriefing } from './example-files.ts';

export const unusedClaim = defineRule({
  id: 'unused-claim',
  severity: 'warn',
  summary: 'a claim never marked in the body',
  examples: {
    fails: briefingOnWire(theftBriefing({ body: 'A UN panel reports that hackers stole from banks.' })),
    passes: briefingOnWire(theftBriefing()),
  },
  check({ briefings }, report) {
    for (const briefing of briefings) {
      // Without a parsed body there is nothing to compare with; mdx-syntax has already spoken.
      if (!briefing.body) continue;
      const marked = new Set(briefing.marks.map((mark) => mark.id));
      for (const entry of briefing.claims) {
        if (entry.id === undefined || marked.has(entry.id)) continue;
        report({
          file: briefing.file.path,
          point: briefingPoint(briefing, ['claims', entry.index, 'id']),
          message: `claim "${entry.id}" is never marked in the body; wrap the words that make it in <Claim id="${entry.id}">...</Claim>`,
        });
      }
    }
  },
});
