import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTypedHidden } from '../../src/checker/hidden-text.ts';
import { foldText, MAX_COMPARED_WORDS, matchQuote } from '../../src/lib/quotes/quote-match.ts';
import { MAX_SUGGEST_LENGTH, nearestId, suggestionCapNote } from '../../src/checker/suggest.ts';
import { readNumbers } from '../../src/checker/numbers/index.ts';

/** One file's check must stay under a second whatever its content; each search gets a fraction of that. */
const BUDGET_MS = 1_000;

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

/** A deterministic long report: made-up words and common ones, in paragraphs. */
function longSnapshot(words: number): string {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const common = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'said', 'report', 'funds', 'exchange', 'North'];
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(random() < 0.5 ? common[Math.floor(random() * common.length)]! : Math.floor(random() * 1e9).toString(36));
    if (i % 120 === 119) out.push('\n\n');
  }
  return out.join(' ');
}

describe('bounded time: the closest passage', () => {
  const snapshot = foldText(longSnapshot(60_000));

  it('answers a 7,000-word quote that matches nothing within a second, and says the search was capped', () => {
    const quote = longSnapshot(7_000).replaceAll('\n', ' ').replaceAll(' the ', ' thee ');
    const { result, ms } = timed(() => matchQuote(quote, snapshot));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(result.found).toBe(false);
    if (!result.found) expect(result.capped).toContain(`longer than ${MAX_COMPARED_WORDS} words`);
  });

  it('answers quotes of any length and shape within the budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('the', 'report', 'said', 'zz', '…', '...', 'North', 'x'), { maxLength: 3_000 }),
        (words) => {
          const { ms } = timed(() => matchQuote(words.join(' '), snapshot));
          expect(ms).toBeLessThan(BUDGET_MS);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('says nothing about a cap when the quote is short enough to compare whole', () => {
    const result = matchQuote('the regime moved the funds', snapshot);
    expect(result.found).toBe(false);
    if (!result.found) expect(result.capped).toBeUndefined();
  });
});

describe('bounded time: did you mean', () => {
  it('compares twenty 3,000-character ids with twenty others within a second, and says why nothing is suggested', () => {
    const known = Array.from({ length: 20 }, (_, i) => `${'claim-'.repeat(500)}${i}`);
    const unknown = Array.from({ length: 20 }, (_, i) => `${'claim-'.repeat(499)}x${i}`);
    const { result, ms } = timed(() => unknown.map((id) => nearestId(id, known)));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(result.every((nearest) => nearest.capped)).toBe(true);
    expect(suggestionCapNote(result[0]!)).toContain(`longer than ${MAX_SUGGEST_LENGTH} characters`);
  });

  it('still suggests a truncated long id, and finds typos in ids of ordinary length', () => {
    expect(nearestId('un-poe-2019', ['un-poe-2019-midterm']).suggestion).toBe('un-poe-2019-midterm');
    const long = `${'a'.repeat(MAX_SUGGEST_LENGTH)}-report`;
    expect(nearestId(long.slice(0, -7), [long]).suggestion).toBe(long);
  });

  it('answers any pair of id lists within the budget', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4_000 }), { maxLength: 30 }),
        fc.string({ maxLength: 4_000 }),
        (known, unknown) => {
          const { ms } = timed(() => nearestId(unknown, known));
          expect(ms).toBeLessThan(BUDGET_MS / 4);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('bounded time: the number reader and the character scan', () => {
  it('reads 100,000 characters of any repeated shape in well under the time a quadratic step would take', () => {
    const pieces = ['1,', 'a ', 'one and ', '½', '12,34,', '+1 ', '(1) ', 'minus ', 'two point ', '2×10^', 'up to '];
    for (const piece of pieces) {
      const text = piece.repeat(Math.ceil(100_000 / piece.length));
      // Linear reading takes a fraction of a second even on a busy machine; a quadratic step, minutes.
      expect(timed(() => readNumbers(text)).ms, piece).toBeLessThan(3 * BUDGET_MS);
    }
  });

  it('scans a quarter of a megabyte of joiners and format characters within the budget', () => {
    const text = '👩\u200d💻a\u200db\u00ad\u{E0041}\r'.repeat(20_000);
    const { result, ms } = timed(() => findTypedHidden(text));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(result.length).toBe(20_000 * 4);
  });
});
