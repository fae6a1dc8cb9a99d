import { matchQuote } from '../../lib/quotes/quote-match.ts';
import { snapshotForQuotes, type SnapshotForQuotes } from '../../lib/quotes/snapshot-for-quotes.ts';
import { passagePage } from '../../lib/quotes/snapshot-pages.ts';
import { briefingPoint } from './locate.ts';
import { quotedCitations } from './quoted-citations.ts';
import { defineRule } from './define-rule.ts';
import { quotingWire } from './example-files.ts';

/** Quotes longer than this are shortened in messages; the editor needs the place, not the page. */
const SHOWN_LENGTH = 160;

function shorten(text: string): string {
  return text.length <= SHOWN_LENGTH ? text : `${text.slice(0, SHOWN_LENGTH - 1)}…`;
}

export const quoteMismatch = defineRule({
  id: 'quote-mismatch',
  severity: 'error',
  summary: 'a quote not in its snapshot (shows the closest passage, and its page); ellipses only inside a paragraph',
  examples: {
    fails: quotingWire('hackers stole $3 billion from banks'),
    passes: quotingWire('Hackers stole $2 billion from banks'),
  },
  check(context, report) {
    // Each snapshot is folded once in a check, however many quotes it backs. A paged snapshot's
    // `[page N]` lines are not part of the text a quote is compared with.
    const read = new Map<string, SnapshotForQuotes>();
    for (const entry of quotedCitations(context)) {
      if (entry.snapshot === undefined) continue;
      const text = context.snapshots.get(entry.snapshot);
      if (text === undefined) continue; // reported as a schema problem of the source
      let snapshot = read.get(entry.snapshot);
      if (!snapshot) {
        snapshot = snapshotForQuotes(text);
        read.set(entry.snapshot, snapshot);
      }
      const { pages } = snapshot;
      const match = matchQuote(entry.citation.quote, snapshot.folded);
      if (match.found) continue;
      const whose =
        entry.snapshotOwner === entry.citation.source ? `"${entry.citation.source}"` : `"${entry.snapshotOwner}" (via)`;
      const page = passagePage(match.closest, pages);
      report({
        file: entry.briefing.file.path,
        point: briefingPoint(entry.briefing, ['claims', entry.claimIndex, 'citations', entry.citationIndex, 'quote']),
        message:
          match.problem !== undefined
            ? `quote cannot be checked against the snapshot of ${whose} (content/snapshots/${entry.snapshot}): ${match.problem}`
            : `quote not found in the snapshot of ${whose} (content/snapshots/${entry.snapshot}); ` +
              (match.capped === undefined ? '' : `${match.capped}; `) +
              `the closest passage${page === undefined ? '' : `, on page ${page},`} is "${shorten(match.closest)}". Copy the words exactly, with ... for omitted text`,
      });
    }
  },
});
