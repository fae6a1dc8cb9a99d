import { publisherKey } from '../../lib/publisher-key.ts';
import { briefingPoint } from './locate.ts';
import { sourceWasRead } from './readable.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, theftBriefing, TIMES_SOURCE } from './example-files.ts';

export const statusEvidence = defineRule({
  id: 'status-evidence',
  severity: 'error',
  summary: 'a status its citations do not bear; publishers compared folding case, punctuation, spaces and look-alikes',
  examples: {
    fails: briefingOnWire(theftBriefing({ status: 'confirmed' })),
    passes: {
      files: {
        ...briefingOnWire(theftBriefing({ status: 'confirmed', citations: '[{ source: wire }, { source: times }]' }))
          .files,
        'content/sources/times.yaml': TIMES_SOURCE,
      },
    },
  },
  check({ briefings, sources }, report) {
    for (const briefing of briefings) {
      for (const { claim, index } of briefing.claims) {
        if (!claim || claim.citations.length === 0) continue;
        const supports = claim.citations.filter((citation) => citation.stance === 'supports');
        const disputes = claim.citations.filter((citation) => citation.stance === 'disputes');
        let problem: string | undefined;
        switch (claim.status) {
          case 'confirmed': {
            // Unknown sources are unknown-source's business, and unreadable ones yaml's; count only what can be known.
            const publishers = new Map<string, string>();
            let unreadable = false;
            for (const citation of supports) {
              const source = sources.get(citation.source);
              if (source && !sourceWasRead(source)) unreadable = true;
              const publisher = source?.data.publisher;
              // Folded as readers see it: "SC Media UK." and "SC Mеdia UK" (Cyrillic е) are one publisher.
              const key = publisher === undefined ? undefined : publisherKey(publisher);
              if (publisher && key && !publishers.has(key)) publishers.set(key, publisher);
            }
            if (publishers.size < 2 && !unreadable) {
              const named = publishers.size ? ` (${[...publishers.values()].join(', ')})` : '';
              problem =
                `is confirmed, but its supporting citations come from ${publishers.size} publisher${publishers.size === 1 ? '' : 's'}${named}; ` +
                'confirmed needs supporting citations from at least two different publishers: add one, or use "reported"';
            }
            break;
          }
          case 'disputed':
            if (supports.length === 0 || disputes.length === 0) {
              problem =
                `is disputed, but it has ${supports.length} supporting and ${disputes.length} disputing citation${disputes.length === 1 ? '' : 's'}; ` +
                'disputed needs at least one of each (stance: supports / stance: disputes)';
            }
            break;
          case 'denied':
          case 'false':
            if (disputes.length === 0) {
              problem = `is ${claim.status}, but no citation disputes it; add the source that ${claim.status === 'denied' ? 'denies' : 'refutes'} it with stance: disputes`;
            }
            break;
          default:
            break;
        }
        if (problem) {
          report({
            file: briefing.file.path,
            point: briefingPoint(briefing, ['claims', index, 'status']),
            message: `claim "${claim.id}" ${problem}`,
          });
        }
      }
    }
  },
});
