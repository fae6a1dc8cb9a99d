import { briefingPoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { BRIEFING_HEAD, briefingFile, briefingOnWire, MARKED_BODY, theftBriefing } from './example-files.ts';

export const duplicateId = defineRule({
  id: 'duplicate-id',
  severity: 'error',
  summary: 'two claims with one id',
  examples: {
    fails: briefingOnWire(
      briefingFile(
        [
          ...BRIEFING_HEAD,
          'claims:',
          '  - id: theft',
          '    text: A UN panel reported that hackers stole from banks.',
          '    status: reported',
          '    citations: [{ source: wire }]',
          '  - id: theft',
          '    text: The panel reported that the money funds weapons.',
          '    status: reported',
          '    citations: [{ source: wire }]',
        ],
        MARKED_BODY,
      ),
    ),
    passes: briefingOnWire(theftBriefing()),
  },
  check({ briefings }, report) {
    for (const briefing of briefings) {
      const first = new Map<string, number>();
      for (const entry of briefing.claims) {
        if (entry.id === undefined) continue;
        const earlier = first.get(entry.id);
        if (earlier === undefined) {
          first.set(entry.id, entry.index);
          continue;
        }
        const earlierLine = briefingPoint(briefing, ['claims', earlier, 'id']).line;
        report({
          file: briefing.file.path,
          point: briefingPoint(briefing, ['claims', entry.index, 'id']),
          message: `claim id "${entry.id}" is already used by the claim on line ${earlierLine}; give each claim of a briefing its own id`,
        });
      }
    }
  },
});
