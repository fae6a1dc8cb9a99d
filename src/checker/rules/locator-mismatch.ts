import {
  locatorPages,
  pagedSnapshot,
  quotePages,
  unmarkPages,
  type PagedSnapshot,
} from '../../lib/quotes/snapshot-pages.ts';
import { briefingPoint } from './locate.ts';
import { quotedCitations } from './quoted-citations.ts';
import { defineRule } from './define-rule.ts';
import { quotingWire } from './example-files.ts';

function pagesWord(pages: readonly number[]): string {
  return pages.length === 1 ? `page ${pages[0]}` : `pages ${pages[0]}-${pages[pages.length - 1]}`;
}

/**
 * A citation's page locator must name the page its quote is on, when the snapshot marks its pages
 * (a captured PDF does): readers go to that page to find the words.
 */
export const locatorMismatch = defineRule({
  id: 'locator-mismatch',
  severity: 'error',
  summary: 'a page locator (`p. 2`, `pp. 2-3`) that is not the page of the snapshot the quote is on',
  examples: {
    fails: quotingWire('Hackers stole $2 billion from banks', 'p. 1'),
    passes: quotingWire('Hackers stole $2 billion from banks', 'p. 2'),
  },
  check(context, report) {
    // Each paged snapshot is split and folded once, however many quotes it backs.
    const paged = new Map<string, PagedSnapshot | undefined>();
    for (const entry of quotedCitations(context)) {
      const { locator, quote } = entry.citation;
      if (entry.snapshot === undefined || locator === undefined) continue;
      const named = locatorPages(locator);
      if (named === undefined) continue;
      if (!paged.has(entry.snapshot)) {
        const text = context.snapshots.get(entry.snapshot);
        const unmarked = text === undefined ? undefined : unmarkPages(text);
        paged.set(entry.snapshot, unmarked && unmarked.pages.length > 0 ? pagedSnapshot(unmarked) : undefined);
      }
      const snapshot = paged.get(entry.snapshot);
      if (snapshot === undefined) continue;
      const found = quotePages(quote, snapshot);
      // A quote on no page is quote-mismatch's to report.
      if (found.length === 0 || found.some((page) => page >= named.first && page <= named.last)) continue;
      const suggestion = found.length === 1 ? `p. ${found[0]}` : `pp. ${found[0]}-${found[found.length - 1]}`;
      report({
        file: entry.briefing.file.path,
        point: briefingPoint(entry.briefing, ['claims', entry.claimIndex, 'citations', entry.citationIndex, 'locator']),
        message:
          `locator "${locator}" names ${pagesWord(named.first === named.last ? [named.first] : [named.first, named.last])}, ` +
          `but the quote is on ${pagesWord(found)} of content/snapshots/${entry.snapshot}; write locator: ${suggestion}`,
      });
    }
  },
});
