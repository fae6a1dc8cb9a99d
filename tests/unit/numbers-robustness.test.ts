import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/checker/numbers/index.ts';

/** Fragments that exercise the reader's edges when strung together at random. */
const FRAGMENTS = [
  '$', '£', 'US$', 'USD', ' ', '\u00A0', '\u202F', '-', '−', '.', ',', '%', '/', ':', '(', ')', "'", 'a', 'an',
  'one', 'two', 'twenty', 'hundred', 'and', 'half', 'quarter', 'of', 'million', 'bn', 'm', 'k', 'won', 'dollars',
  'per cent', 'September', '2019', '1', '12', '000', '1,234', '2.2', 'COVID', 'first', 'people', 'https://x.org/',
  'minus', 'negative', 'point', 'thirds', 'a third', '½', '¾', 'lakh', 'crore', 'Rs', '₹', 'MM', 'mil', 'tln',
  '×10^', 'e9', 'E-3', '⁹', '１２', '，', '＄', 'up to', 'more than', 'or more', '+44', '(202)', '555-0143',
  '12,34,567', 'and a half',
]; // prettier-ignore

describe('readNumbers: robustness', () => {
  it('returns ordered, non-overlapping mentions whose text is their span and whose range holds the value', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const mention of readNumbers(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.text).toBe(text.slice(mention.start, mention.end));
          expect(Number.isFinite(mention.value)).toBe(true);
          expect(mention.low).toBeLessThanOrEqual(mention.value);
          expect(mention.high).toBeGreaterThanOrEqual(mention.value);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('passes over an exponent no double can hold, rather than reading it as an infinite figure', () => {
    // Found by the property above: `2.2e912` overflowed to Infinity.
    expect(readNumbers('a loss of 2.2e912 dollars')).toEqual([]);
    expect(readNumbers('9e999 and 2e400')).toEqual([]);
    expect(readNumbers('2.2e9 dollars').map((mention) => mention.value)).toEqual([2_200_000_000]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(() => readNumbers(text)).not.toThrow();
      }),
    );
  });

  // Vitest's per-test timeout bounds these: a quadratic step would take minutes, not seconds.
  it('reads a megabyte of long and repetitive text without hanging', () => {
    const quote = 'Hackers stole $81m (£67 million) from 2,000 accounts in mid-2017, a quarter of a million each. ';
    const texts = [quote.repeat(4_000), 'a '.repeat(100_000), 'one and '.repeat(20_000), '1,'.repeat(100_000)];
    const counts = texts.map((text) => readNumbers(text).length);
    expect(counts[0]).toBeGreaterThan(4_000);
  });

  it('reads tens of thousands of short quotes, each figure once', () => {
    const quotes = Array.from(
      { length: 30_000 },
      (_, i) => `About ${i} people lost US$ ${i}.5 million (£${i} million).`,
    );
    let count = 0;
    for (const quote of quotes) count += readNumbers(quote).length;
    expect(count).toBe(90_000);
  });
});
