import { briefingPoint } from './locate.ts';
import { quotedCitations } from './quoted-citations.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, quotingWire, theftBriefing } from './example-files.ts';

export const quoteUnverifiable = defineRule({
  id: 'quote-unverifiable',
  severity: 'warn',
  summary: 'a quote with no snapshot to check it against',
  examples: {
    fails: briefingOnWire(
      theftBriefing({ citations: ['- source: wire', '  quote: Hackers stole $2 billion from banks'] }),
    ),
    passes: quotingWire('Hackers stole $2 billion from banks'),
  },
  check(context, report) {
    for (const entry of quotedCitations(context)) {
      if (entry.snapshot !== undefined) continue;
      report({
        file: entry.briefing.file.path,
        point: briefingPoint(entry.briefing, ['claims', entry.claimIndex, 'citations', entry.citationIndex, 'quote']),
        message:
          `quote cannot be checked: source "${entry.citation.source}" has no snapshot` +
          (entry.citation.via ? ` and neither has "${entry.citation.via}"` : '') +
          "; save its text under content/snapshots/ and name the file in the source's snapshot field",
      });
    }
  },
});
