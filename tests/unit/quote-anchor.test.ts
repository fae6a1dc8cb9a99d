import { describe, expect, it } from 'vitest';
import { anchorQuote, quoteLink } from '../../src/lib/quotes/quote-anchor.ts';

const SNAPSHOT = `[page 1]

The Panel is investigating at least 35 reported instances of attacks on “financial institutions”.

[page 2]

Total proceeds to date were estimated at up to two billion US dollars. The Panel is investigating at least 35 reported instances of attacks on exchanges.
`;

describe('a quote anchored in its snapshot', () => {
  it('carries a TextQuoteSelector with the snapshot’s own words and the text around them', () => {
    const anchor = anchorQuote('estimated at up to two billion US dollars', SNAPSHOT);
    expect(anchor?.selector).toMatchObject({
      type: 'TextQuoteSelector',
      exact: 'estimated at up to two billion US dollars',
      suffix: '. The Panel is investigating at ',
    });
    expect(anchor?.selector.prefix).toMatch(/^\s*Total proceeds to date were $/);
    expect(anchor?.fragment).toBe(':~:text=estimated%20at%20up%20to%20two%20billion%20US%20dollars');
  });

  it('takes the snapshot’s curly quotes for a quote typed with straight ones, and never the page marks', () => {
    const anchor = anchorQuote('attacks on "financial institutions"', SNAPSHOT);
    expect(anchor?.selector.exact).toBe('attacks on “financial institutions”');
    expect(anchor?.selector.prefix).not.toContain('[page');
  });

  it('adds the words before and after to the Text Fragment only when the quote alone is ambiguous', () => {
    const anchor = anchorQuote('The Panel is investigating at least 35 reported instances', SNAPSHOT);
    expect(anchor?.fragment).toBe(
      ':~:text=The%20Panel%20is%20investigating%20at%20least%2035%20reported%20instances,-of%20attacks%20on',
    );
    // The quote occurs twice; the earliest is the one anchored, and as nothing comes before it in
    // the snapshot the fragment carries only the words after it (a browser takes the first match).
    expect(anchor?.selector.exact).toBe('The Panel is investigating at least 35 reported instances');
  });

  it('takes a Text Fragment’s context from the quote’s own paragraph, where a browser looks for it, while the selector keeps its context', () => {
    const snapshot = 'Shipments rose. Exports rose in February.\n\nAnalysts said exports rose in February too.';
    const anchor = anchorQuote('exports rose in February', snapshot);
    // The words after it lie in the next paragraph, and a lone full stop tells nothing apart.
    expect(anchor?.fragment).toBe(':~:text=Shipments%20rose.-,Exports%20rose%20in%20February');
    expect(anchor?.selector.suffix).toBe('.\n\nAnalysts said exports rose in');
  });

  it('names the first and last fragments of a quote with an ellipsis, escaping the directive’s own characters', () => {
    const anchor = anchorQuote('Total proceeds … two billion US dollars', SNAPSHOT);
    expect(anchor?.fragment).toBe(':~:text=Total%20proceeds,two%20billion%20US%20dollars');
    expect(anchor?.selector.exact).toBe('Total proceeds to date were estimated at up to two billion US dollars');
    expect(anchorQuote('to-date, estimates', 'Figures to-date, estimates vary.')?.fragment).toBe(
      ':~:text=to%2Ddate%2C%20estimates',
    );
  });

  it('is absent for a quote that is not in the snapshot', () => {
    expect(anchorQuote('three billion US dollars', SNAPSHOT)).toBeUndefined();
  });

  it('links only to http(s) addresses, replacing their fragment', () => {
    const anchor = anchorQuote('two billion US dollars', SNAPSHOT)!;
    expect(quoteLink(anchor, 'https://web.archive.org/web/20190910/https://example.org/report#top')).toBe(
      'https://web.archive.org/web/20190910/https://example.org/report#:~:text=two%20billion%20US%20dollars',
    );
    expect(quoteLink(anchor, 'javascript:alert(1)')).toBeUndefined();
  });
});
