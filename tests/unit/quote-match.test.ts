import { describe, expect, it } from 'vitest';
import { foldText, matchQuote, type QuoteMatch } from '../../src/lib/quotes/quote-match.ts';

const SNAPSHOT = [
  '# Statement by the Minister',
  '',
  'On Tuesday the Minister said the report was “a sheer lie” and that the figures—which',
  'the agency published in 2019–2020—were ‘deliberately misleading’. He added:',
  '« We will not accept it » and left.',
  '',
  'The agency replied that its estimate of 8.5\u00a0per cent was unchanged.',
  'Café owners in the caf\u0065\u0301 district were not consulted.',
].join('\n');

const snapshot = foldText(SNAPSHOT);

function match(quote: string): QuoteMatch {
  return matchQuote(quote, snapshot);
}

function closest(quote: string): string {
  const result = match(quote);
  if (result.found) throw new Error(`expected "${quote}" not to be found`);
  return result.closest;
}

describe('matchQuote', () => {
  it('finds a quote copied exactly', () => {
    expect(match('the agency published in 2019–2020')).toEqual({ found: true });
  });

  it('ignores differences of case', () => {
    expect(match('ON TUESDAY THE MINISTER SAID')).toEqual({ found: true });
  });

  it('treats line breaks, no-break spaces and runs of spaces as one space', () => {
    expect(match('the figures—which the agency')).toEqual({ found: true });
    expect(match('estimate of   8.5 per cent')).toEqual({ found: true });
    expect(match('  the report was  ')).toEqual({ found: true });
  });

  it('treats curly and straight quote marks as the same', () => {
    expect(match('the report was "a sheer lie"')).toEqual({ found: true });
    expect(match("were 'deliberately misleading'")).toEqual({ found: true });
    expect(match('were `deliberately misleading´')).toEqual({ found: true });
    expect(match('He added: " We will not accept it "')).toEqual({ found: true });
  });

  it('treats hyphens, en dashes, em dashes and minus signs as the same', () => {
    expect(match('published in 2019-2020-were')).toEqual({ found: true });
    expect(match('the figures-which')).toEqual({ found: true });
    expect(match('in 2019−2020')).toEqual({ found: true });
  });

  it('matches accented letters however they were typed', () => {
    expect(match('in the café district')).toEqual({ found: true });
    expect(match('Cafe\u0301 owners in')).toEqual({ found: true });
  });

  it('tolerates quote marks the editor put around the whole quote', () => {
    expect(match('“a sheer lie”')).toEqual({ found: true });
    expect(match('"the report was"')).toEqual({ found: true });
    expect(match('“…a sheer lie”')).toEqual({ found: true });
  });

  it('lets an ellipsis stand for omitted text when the parts are in order', () => {
    expect(match('the Minister said … the figures … were ‘deliberately misleading’')).toEqual({ found: true });
    expect(match('the Minister said...the figures')).toEqual({ found: true });
    expect(match('the Minister said [...] the figures')).toEqual({ found: true });
    expect(match('the Minister said . . . the figures')).toEqual({ found: true });
  });

  it('rejects ellipsis parts that occur in the snapshot but in a different order', () => {
    expect(match('the figures … the Minister said').found).toBe(false);
  });

  it('rejects ellipsis parts that would have to overlap', () => {
    expect(match('sheer lie … lie” and that').found).toBe(false);
    expect(match('a sheer … lie” and that')).toEqual({ found: true });
  });

  it('ignores a leading or trailing ellipsis', () => {
    expect(match('… were ‘deliberately misleading …')).toEqual({ found: true });
    expect(match('...misleading’. He added:')).toEqual({ found: true });
  });

  it('rejects an empty quote, a bare ellipsis and a quote of fewer than three words, saying why', () => {
    for (const quote of ['', '  …  ', '...', 'sheer lie', '“… lie …”']) {
      const result = match(quote);
      expect(result.found, quote).toBe(false);
      if (!result.found) expect(result.problem, quote).toMatch(/needs at least 3/);
    }
  });

  it('rejects an ellipsis that joins a one-word fragment, however the words line up', () => {
    const result = match('the Minister … lie … unchanged');
    expect(result.found).toBe(false);
    if (!result.found) expect(result.problem).toMatch(/the fragment "lie" has one word; each fragment .* at least 2/);
  });

  it('rejects fragments from different paragraphs, and says where each was found', () => {
    const result = match('the Minister said … its estimate of 8.5 per cent');
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.problem).toContain('not in order within one paragraph');
      expect(result.problem).toContain('"the minister said" at line 3');
      expect(result.problem).toContain('"its estimate of 8.5 per cent" at line 7');
    }
  });

  it('counts each character of Chinese and Japanese as a word', () => {
    expect(matchQuote('北朝鮮は否定した', foldText('報道によると北朝鮮は否定した。'))).toEqual({ found: true });
  });

  it('rejects a misquote and shows the passage the editor probably meant, in the snapshot’s own words', () => {
    const passage = closest('the Minister said the report was "a sheer lies"');
    expect(passage).toContain('“a sheer lie”');
    expect(passage).toContain('the Minister said');
  });

  it('shows a passage about as long as the quote, without cutting words, on one line', () => {
    const quote = 'the figures which the agency published in 2018';
    const passage = closest(quote);
    expect(passage).toBe('the figures—which the agency published in 2019–2020—were');
    expect(closest('were deliberately misled.\nHe added')).toMatch(/^(were )?‘deliberately misleading’\. He added:$/);
  });

  it('still suggests a passage when every word of the quote is misspelt', () => {
    expect(closest('estimat of 8.6 per sent was unchangd')).toContain('estimate of 8.5 per cent was unchanged');
  });

  it('still suggests a passage when the quote shares no word or stem with the snapshot', () => {
    expect(closest('Minstr sad thet')).toContain('Minister');
  });

  it('answers a miss against an empty snapshot with an empty passage', () => {
    expect(matchQuote('anything at all', foldText(''))).toEqual({ found: false, closest: '' });
  });
});

describe('foldText', () => {
  it('keeps the original text alongside the folded text', () => {
    const folded = foldText('  Sheer\u00a0LIE —  ‘no’ ');
    expect(folded.folded).toBe("sheer lie - 'no'");
    expect(folded.original).toBe('  Sheer\u00a0LIE —  ‘no’ ');
    expect(folded.origins).toHaveLength(folded.folded.length);
  });

  it('keeps letters outside the basic plane and their accents together', () => {
    const text = 'Ｔｈｅ 𝐁𝐨𝐥𝐝 ﬁgures, 𝐁\u0301 and x\u{1D165}y';
    const folded = foldText(text);
    expect(folded.folded).toBe('the bold figures, b\u0301 and x\u{1D165}y');
    expect(folded.origins).toHaveLength(folded.folded.length);
    expect(matchQuote('the bold figures', folded)).toEqual({ found: true });
  });

  it('ignores soft hyphens and zero-width characters hidden in the snapshot', () => {
    expect(matchQuote('deeply misleading words', foldText('deeply mis\u00adlead\u200bing words'))).toEqual({
      found: true,
    });
  });
});

describe('matching against a long snapshot', () => {
  /** A deterministic 300 KB text of made-up words and common ones, like a long report. */
  function longSnapshot(): { text: string; words: string[] } {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const vocabulary = Array.from(
      { length: 3000 },
      (_, index) => `w${index.toString(36)}${'abcdefg'.slice(0, 1 + (index % 7))}`,
    );
    const common = ['the', 'of', 'and', 'to', 'in', 'a', 'that', 'is'];
    const words: string[] = [];
    for (let length = 0; length < 300_000;) {
      const word =
        random() < 0.4
          ? (common[Math.floor(random() * common.length)] ?? '')
          : (vocabulary[Math.floor(random() * vocabulary.length)] ?? '');
      words.push(word);
      length += word.length + 1;
    }
    words.splice(
      Math.floor(words.length * 0.7),
      0,
      'The',
      'minister',
      'called',
      'it',
      'a',
      '“sheer',
      'lie”',
      'and',
      'left.',
    );
    return { text: words.join(' '), words };
  }

  const { text, words } = longSnapshot();
  const long = foldText(text);
  const at = words.indexOf('minister');
  const passage = words.slice(at - 12, at + 18).join(' ');

  it('finds a 200-character quote from deep inside the snapshot', () => {
    expect(passage.length).toBeGreaterThan(150);
    expect(matchQuote(passage, long)).toEqual({ found: true });
  });

  it('locates the right passage for a misquote among 300 KB of text', () => {
    const result = matchQuote(passage.replace('lie”', 'lies”'), long);
    expect(result.found).toBe(false);
    if (!result.found) {
      expect(result.closest).toContain('The minister called it a “sheer lie” and left.');
    }
  });
});
