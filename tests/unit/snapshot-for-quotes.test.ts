import { describe, expect, it } from 'vitest';
import { matchQuote } from '../../src/lib/quotes/quote-match.ts';
import { REMEMBERED_CHARACTERS, snapshotForQuotes } from '../../src/lib/quotes/snapshot-for-quotes.ts';

/*
 * The dev server checks and renders a saved briefing's quotes against the same snapshots on
 * every save; each is folded once and remembered by its text, within a bound.
 */

const SNAPSHOT = '[page 1]\nThe “Lazarus” group stole $1.5 billion.\n\n[page 2]\nInvestigators   traced the funds.\n';

describe('snapshots read for quotes', () => {
  it('are read once for the same text, and afresh for a changed one', () => {
    const first = snapshotForQuotes(SNAPSHOT);
    // A copy of the text, as a file read again gives: the same reading, not a second fold.
    expect(snapshotForQuotes(`${SNAPSHOT} `.slice(0, -1))).toBe(first);
    expect(first.pages.pages.map((page) => page.number)).toEqual([1, 2]);
    expect(matchQuote('investigators traced the funds', first.folded).found).toBe(true);

    const edited = snapshotForQuotes(SNAPSHOT.replace('traced', 'followed'));
    expect(edited).not.toBe(first);
    expect(matchQuote('investigators traced the funds', edited.folded).found).toBe(false);
    expect(matchQuote('investigators followed the funds', edited.folded).found).toBe(true);
  });

  it('forget the least recently used once they hold too much text', () => {
    const first = snapshotForQuotes(`${SNAPSHOT}\nA snapshot read first.`);
    const kept = snapshotForQuotes(`${SNAPSHOT}\nA snapshot read again later.`);
    snapshotForQuotes(`${SNAPSHOT}\nA snapshot read first.`.replace('first', 'once'));
    // Used again, so the most recent: the large one below pushes the others out first.
    expect(snapshotForQuotes(`${SNAPSHOT}\nA snapshot read again later.`)).toBe(kept);
    snapshotForQuotes('word '.repeat(Math.floor(REMEMBERED_CHARACTERS / 5) - 40));
    const again = snapshotForQuotes(`${SNAPSHOT}\nA snapshot read first.`);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
