import type { Rule } from '../model.ts';
import { briefingPoint } from './locate.ts';
import { quotedCitations } from './quoted-citations.ts';

export const quoteUnverifiable: Rule = {
  id: 'quote-unverifiable',
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
};
