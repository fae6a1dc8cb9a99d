import { describe, expect, it } from 'vitest';
import { readNumbers, type NumberMention, type QualifierId } from '../../src/checker/numbers/index.ts';

/** The mention at `index`, failing the test when there is none. */
function nth(mentions: readonly NumberMention[], index: number): NumberMention {
  const mention = mentions[index];
  if (mention === undefined) throw new Error(`expected a figure at index ${index}, read ${mentions.length}`);
  return mention;
}

/** The one mention a phrase must contain; fails with the whole reading when there is not exactly one. */
function only(text: string): NumberMention {
  const mentions = readNumbers(text);
  expect(mentions, `expected one figure in ${JSON.stringify(text)}`).toHaveLength(1);
  return nth(mentions, 0);
}

/** The parts of a mention that say what was read, for compact expectations. */
function reading(mention: NumberMention): { value: number; currency: string | undefined; text: string } {
  return { value: mention.value, currency: mention.currency, text: mention.text };
}

function expectRange(mention: NumberMention, low: number, high: number): void {
  const tolerance = Math.max(Math.abs(low), Math.abs(high), 1) * 1e-9;
  expect(Math.abs(mention.low - low), `low of ${mention.text}: ${mention.low}`).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(mention.high - high), `high of ${mention.text}: ${mention.high}`).toBeLessThanOrEqual(tolerance);
}

describe('readNumbers: digits', () => {
  it('reads comma-grouped thousands and decimals', () => {
    expect(only('1,234').value).toBe(1234);
    expectRange(only('1,234'), 1233.5, 1234.5);
    expect(only('1,234,567.89').value).toBeCloseTo(1234567.89, 6);
    expectRange(only('1,234,567.89'), 1234567.885, 1234567.895);
    expect(only('2.2').value).toBeCloseTo(2.2, 12);
    expectRange(only('0.5'), 0.45, 0.55);
  });

  it('reads a figure written without its leading zero', () => {
    expect(only('a rise of .5 points').value).toBeCloseTo(0.5, 12);
  });

  it('gives a plain integer a range of half a unit either side', () => {
    expectRange(only('571'), 570.5, 571.5);
  });

  it('reads no-break, narrow no-break and thin spaces as thousands separators between groups of three', () => {
    expect(only('10\u202F000 people').value).toBe(10000);
    expect(only('10\u00A0000').value).toBe(10000);
    expect(only('1\u2009234\u2009567').value).toBe(1234567);
  });

  it('does not join figures across an ordinary space or a group that is not three digits', () => {
    expect(readNumbers('10 000').map((m) => m.value)).toEqual([10, 0]);
    expect(readNumbers('2019\u00A0500').map((m) => m.value)).toEqual([2019, 500]);
  });

  it('reads a comma followed by a space as a list, not a thousands separator', () => {
    expect(readNumbers('1, 2 and 3').map((m) => m.value)).toEqual([1, 2, 3]);
  });

  it('does not read malformed groups or version numbers as figures', () => {
    expect(readNumbers('build 1,23')).toEqual([]);
    expect(readNumbers('version 1.2.3 of the tool')).toEqual([]);
  });

  it('reads negative figures, and a hyphen between figures as a range rather than a minus', () => {
    const fall = only('shares moved -5% on Monday');
    expect(fall.value).toBe(-5);
    expectRange(fall, -5.5, -4.5);
    expect(only('\u22123.2').value).toBeCloseTo(-3.2, 12);
    expect(readNumbers('10-15 people').map((m) => m.value)).toEqual([10, 15]);
  });
});

describe('readNumbers: number words', () => {
  it('reads spelled-out figures up to trillions, in any letter case', () => {
    expect(only('two billion').value).toBe(2e9);
    expect(only('Sixty-Five Million').value).toBe(65e6);
    expect(only('one hundred and twenty').value).toBe(120);
    expect(only('twenty five').value).toBe(25);
    expect(only('three trillion').value).toBe(3e12);
    expect(only('two million five hundred thousand').value).toBe(2_500_000);
    expect(only('nineteen hundred').value).toBe(1900);
  });

  it('reads words with the precision of the digits they stand for', () => {
    expectRange(only('two billion'), 1.5e9, 2.5e9);
    expectRange(only('sixty-five million'), 64.5e6, 65.5e6);
    expectRange(only('one hundred and twenty'), 119.5, 120.5);
    expectRange(only('two thousand five hundred'), 2499.5, 2500.5);
    expectRange(only('two million five hundred thousand'), 2_499_500, 2_500_500);
  });

  it('reads "a" as one only before a scale', () => {
    expect(only('a million').value).toBe(1e6);
    expect(only('A billion').value).toBe(1e9);
    expect(only('a hundred').value).toBe(100);
    expect(only('a dozen').value).toBe(12);
    expect(readNumbers('a cyber-heist')).toEqual([]);
    expect(readNumbers('a half-hearted denial')).toEqual([]);
  });

  it('reads a dozen like "1 dozen", so its precision is half a dozen', () => {
    expectRange(only('a dozen'), 6, 18);
    expect(only('two dozen').value).toBe(24);
  });

  it('reads fractions of a scale with the precision of their decimal form', () => {
    expect(only('half a million').value).toBe(500_000);
    expectRange(only('half a million'), 450_000, 550_000);
    expect(only('a quarter of a million').value).toBe(250_000);
    expectRange(only('a quarter of a million'), 245_000, 255_000);
    expect(only('three quarters of a billion').value).toBe(750e6);
    expect(only('three-quarters of a billion').value).toBe(750e6);
    expect(only('a half-million').value).toBe(500_000);
    expect(only('half a dozen').value).toBe(6);
  });

  it('reads "one and a half million" like "1.5 million"', () => {
    expect(only('one and a half million').value).toBe(1.5e6);
    expectRange(only('one and a half million'), 1.45e6, 1.55e6);
    expect(only('two and a half billion').value).toBe(2.5e9);
    expect(only('one and a half').value).toBeCloseTo(1.5, 12);
  });

  it('reads separate figures when words cannot form one number', () => {
    expect(readNumbers('one two three').map((m) => m.value)).toEqual([1, 2, 3]);
    expect(readNumbers('one and two').map((m) => m.value)).toEqual([1, 2]);
  });

  it('does not read plural scales, which are vague, as figures', () => {
    expect(readNumbers('hundreds of millions of dollars')).toEqual([]);
    expect(readNumbers('tens of thousands of people')).toEqual([]);
    expect(readNumbers('dozens of exchanges')).toEqual([]);
  });

  it('reads "one" as 1, even as a pronoun, except in "no one" and "one another"', () => {
    expect(only('the one that got away').value).toBe(1);
    expect(only('the one that got away').spelled).toBe(true);
    expect(readNumbers('No one was hurt')).toEqual([]);
    expect(readNumbers('they blamed one another')).toEqual([]);
    expect(readNumbers('a one-off payment')).toEqual([]);
  });

  it('marks spelled-out figures so callers can treat them apart', () => {
    expect(only('twelve').spelled).toBe(true);
    expect(only('12').spelled).toBe(false);
    expect(only('12 million').spelled).toBe(false);
  });
});

describe('readNumbers: scales after digits', () => {
  it.each([
    ['$2.2bn', 2.2e9],
    ['$2.2 bn', 2.2e9],
    ['$2b', 2e9],
    ['$2B', 2e9],
    ['65m', 65e6],
    ['65M', 65e6],
    ['40mn', 40e6],
    ['300 mln', 300e6],
    ['10k', 10e3],
    ['10K', 10e3],
    ['2 billion', 2e9],
    ['1.5 million', 1.5e6],
    ['3 trillion', 3e12],
    ['4 thousand', 4e3],
    ['4tn', 4e12],
    ['4 trn', 4e12],
    ['5-million', 5e6],
  ])('reads %s as %d', (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it('reads "m" and "k" after a space only when a currency is attached, and a spaced "b" never', () => {
    expect(only('£5 m').value).toBe(5e6);
    expect(readNumbers('5 m').map((m) => m.value)).toEqual([5]);
    expect(readNumbers('$5 b').map((m) => m.value)).toEqual([5]);
  });

  it('includes the scale in the mention span', () => {
    const mention = only('US$ 2 billion');
    expect(mention.text).toBe('US$ 2 billion');
    expect([mention.start, mention.end]).toEqual([0, 13]);
  });
});

describe('readNumbers: currencies', () => {
  it.each([
    ['$5', 'USD'],
    ['US$5', 'USD'],
    ['US$ 5', 'USD'],
    ['USD 5', 'USD'],
    ['£5', 'GBP'],
    ['GBP 5', 'GBP'],
    ['€5', 'EUR'],
    ['EUR5', 'EUR'],
    ['₩5', 'KRW'],
    ['KRW 5', 'KRW'],
    ['¥5', 'JPY'],
    ['JPY 5', 'JPY'],
    ['A$5', 'AUD'],
    ['AU$5', 'AUD'],
    ['C$5', 'CAD'],
    ['CA$5', 'CAD'],
    ['HK$5', 'HKD'],
    ['5 €', 'EUR'],
    ['5€', 'EUR'],
    ['5 USD', 'USD'],
    ['5 US dollars', 'USD'],
    ['5 U.S. dollars', 'USD'],
    ['5 dollars', 'USD'],
    ['5 pounds', 'GBP'],
    ['5 sterling', 'GBP'],
    ['5 pounds sterling', 'GBP'],
    ['5 euros', 'EUR'],
    ['5 won', 'KRW'],
    ['5 North Korean won', 'KPW'],
    ['5 yen', 'JPY'],
    ['5 Australian dollars', 'AUD'],
  ])('reads the currency of %s as %s', (text, currency) => {
    const mention = only(text);
    expect(mention.value).toBe(5);
    expect(mention.currency).toBe(currency);
  });

  it('never reads the prefixed dollars of other countries as US dollars', () => {
    for (const text of ['A$5', 'AU$5', 'C$5', 'CA$5', 'HK$5', 'NZ$5', 'S$5'])
      expect(only(text).currency).not.toBe('USD');
  });

  it('reads "won" as a currency only right after a figure or scale', () => {
    expect(only('1.5bn won').currency).toBe('KRW');
    expect(only('Seoul won 3 medals').currency).toBeUndefined();
  });

  it('leaves a currency sign to the figure that follows it rather than the one before', () => {
    expect(readNumbers('10 $5 bills').map(reading)).toEqual([
      { value: 10, currency: undefined, text: '10' },
      { value: 5, currency: 'USD', text: '$5' },
    ]);
  });

  it('does not take weight or the euro zone for money', () => {
    expect(only('200 pounds of cocaine').currency).toBeUndefined();
    expect(only('19 euro zone countries').currency).toBeUndefined();
  });

  it('does not read a code that runs on into more letters, such as the USDC stablecoin', () => {
    expect(only('USDC 5').currency).toBeUndefined();
  });

  it('includes a currency word after the figure in the mention, and a hyphenated one', () => {
    expect(only('two billion US dollars').text).toBe('two billion US dollars');
    expect(only('a million-dollar heist').currency).toBe('USD');
  });
});

describe('readNumbers: the phrasings of a real article', () => {
  it('reads "$2.2 billion (£1.8 billion)" as two amounts with their precision', () => {
    const mentions = readNumbers('$2.2 billion (£1.8 billion)');
    expect(mentions).toHaveLength(2);
    const [usd, gbp] = [nth(mentions, 0), nth(mentions, 1)];
    expect(reading(usd)).toEqual({ value: 2.2e9, currency: 'USD', text: '$2.2 billion' });
    expectRange(usd, 2.15e9, 2.25e9);
    expect(reading(gbp)).toEqual({ value: 1.8e9, currency: 'GBP', text: '£1.8 billion' });
    expectRange(gbp, 1.75e9, 1.85e9);
  });

  it('reads "two billion US dollars"', () => {
    expect(reading(only('two billion US dollars'))).toEqual({
      value: 2e9,
      currency: 'USD',
      text: 'two billion US dollars',
    });
  });

  it('reads "US$ 2 billion ($1.66 billion)"', () => {
    expect(readNumbers('US$ 2 billion ($1.66 billion)').map(reading)).toEqual([
      { value: 2e9, currency: 'USD', text: 'US$ 2 billion' },
      { value: 1.66e9, currency: 'USD', text: '$1.66 billion' },
    ]);
  });

  it('reads "up to two billion US dollars" without the qualifier', () => {
    expect(reading(only('up to two billion US dollars'))).toEqual({
      value: 2e9,
      currency: 'USD',
      text: 'two billion US dollars',
    });
  });

  it('reads "around US$ 65 million (£54 million)"', () => {
    expect(readNumbers('around US$ 65 million (£54 million)').map(reading)).toEqual([
      { value: 65e6, currency: 'USD', text: 'US$ 65 million' },
      { value: 54e6, currency: 'GBP', text: '£54 million' },
    ]);
  });

  it('reads "US$ 571" as 571 dollars, not the 571 million the article meant, so the missing scale is caught', () => {
    const mentions = readNumbers('US$ 571 (£473 million) of the US$ 882 million (£731 million)');
    expect(mentions.map(reading)).toEqual([
      { value: 571, currency: 'USD', text: 'US$ 571' },
      { value: 473e6, currency: 'GBP', text: '£473 million' },
      { value: 882e6, currency: 'USD', text: 'US$ 882 million' },
      { value: 731e6, currency: 'GBP', text: '£731 million' },
    ]);
    expectRange(nth(mentions, 0), 570.5, 571.5);
  });

  it('reads "an US$ 81 million (£67 million) cyber-heist", skipping the articles', () => {
    const mentions = readNumbers('an US$ 81 million (£67 million) cyber-heist');
    expect(mentions.map(reading)).toEqual([
      { value: 81e6, currency: 'USD', text: 'US$ 81 million' },
      { value: 67e6, currency: 'GBP', text: '£67 million' },
    ]);
    expect([mentions[0]?.start, mentions[0]?.end]).toEqual([3, 17]);
  });

  it('reads the headline "North Korea denies $2.2bn state sponsored cyber-crime spree"', () => {
    const mention = only('North Korea denies $2.2bn state sponsored cyber-crime spree');
    expect(reading(mention)).toEqual({ value: 2.2e9, currency: 'USD', text: '$2.2bn' });
    expectRange(mention, 2.15e9, 2.25e9);
  });
});

describe('readNumbers: years, dates and identifiers', () => {
  it('marks a standalone four-digit figure as a year', () => {
    expect(only('in 2018').isYear).toBe(true);
    expect(only('the 2019 report').isYear).toBe(true);
    expect(only('(2019)').isYear).toBe(true);
  });

  it('still marks a year hyphenated onto a word', () => {
    const mention = only('mid-2017');
    expect(mention.value).toBe(2017);
    expect(mention.isYear).toBe(true);
    expect(only('Mid-2017').isYear).toBe(true);
  });

  it('does not mark a figure with a separator, decimals, currency, scale or percent as a year', () => {
    for (const text of ['2,018', '2018.5', '$2018', '2018m', '2018%', '3018', '0999']) {
      expect(only(text).isYear, text).toBe(false);
    }
  });

  it('marks days and years next to a month name as date parts', () => {
    expect(readNumbers('16 September 2019').map((m) => [m.value, m.isDatePart])).toEqual([
      [16, true],
      [2019, true],
    ]);
    expect(readNumbers('September 16, 2019').map((m) => [m.value, m.isDatePart])).toEqual([
      [16, true],
      [2019, true],
    ]);
    expect(only('August 2019').isDatePart).toBe(true);
    expect(only('Sept. 3').isDatePart).toBe(true);
  });

  it('does not mark counts near a month name as date parts', () => {
    expect(only('in September 5,000 people').isDatePart).toBe(false);
    expect(only('in September $5m').isDatePart).toBe(false);
    expect(only('may 5').isDatePart).toBe(false);
  });

  it('does not read identifiers glued to letters, hyphens after capitals, or slashes', () => {
    for (const text of ['COVID-19', 'Covid-19', 'G7', 'S/2019/691', 'F-35', 'x86', '5G', 'B2B', 'MP3']) {
      expect(readNumbers(text), text).toEqual([]);
    }
  });

  it('reads a figure after a space as a figure, but flags it when a label word names it', () => {
    const windows = only('Windows 10');
    expect(windows.value).toBe(10);
    expect(windows.isLabel).toBe(true);
    const [resolution, year] = readNumbers('resolution 2464 (2019)');
    expect(resolution?.value).toBe(2464);
    expect(resolution?.isLabel).toBe(true);
    expect(year?.isLabel).toBe(false);
    expect(only('Article 5').isLabel).toBe(true);
    expect(only('No. 7').isLabel).toBe(true);
    expect(only('there were 5 people').isLabel).toBe(false);
  });

  it('reads a span of years as years, not the two-digit abbreviation as a count', () => {
    expect(readNumbers('the 2018-19 budget').map((m) => [m.value, m.isYear])).toEqual([[2018, true]]);
    expect(readNumbers('2017-2019').map((m) => [m.value, m.isYear])).toEqual([
      [2017, true],
      [2019, true],
    ]);
  });

  it('does not read times, ratios or decades', () => {
    expect(readNumbers('at 10:30')).toEqual([]);
    expect(readNumbers('open 24/7')).toEqual([]);
    expect(readNumbers('the 1990s')).toEqual([]);
    expect(readNumbers("the 1990's")).toEqual([]);
    expect(readNumbers('at 10am')).toEqual([]);
  });

  it('does not read figures inside web addresses or article slugs', () => {
    expect(readNumbers('see https://www.bbc.co.uk/news/world-asia-49574890 for more')).toEqual([]);
    expect(readNumbers('www.example.com/2019/10/report')).toEqual([]);
    expect(readNumbers('bbc.co.uk/news/world-asia-49574890')).toEqual([]);
  });
});

describe('readNumbers: ordinals and percentages', () => {
  it('does not read ordinals, in digits or words', () => {
    expect(readNumbers('the 3rd and 21st attacks')).toEqual([]);
    expect(readNumbers('the 1st, 2nd and 4th')).toEqual([]);
    expect(readNumbers('the first attack')).toEqual([]);
    expect(readNumbers('the twenty-first century')).toEqual([]);
    expect(readNumbers('the one hundredth day')).toEqual([]);
    expect(readNumbers('the one hundred and first day')).toEqual([]);
  });

  it('reads a fraction written in words as the fraction, never as its numerator', () => {
    expect(readNumbers('one third of the funds').map((m) => [m.value, m.isFraction])).toEqual([[1 / 3, true]]);
    expect(readNumbers('two-thirds of the funds').map((m) => m.value)).toEqual([2 / 3]);
    expect(readNumbers('three fifths').map((m) => m.value)).toEqual([3 / 5]);
    expect(readNumbers('three quarters of the banks').map((m) => m.value)).toEqual([0.75]);
    expect(readNumbers('a third of the funds').map((m) => m.value)).toEqual([1 / 3]);
  });

  it('still reads a figure that an ordinal merely follows, and "second" as a unit of time', () => {
    expect(only('two first-time buyers').value).toBe(2);
    expect(only('twenty seconds').value).toBe(20);
    expect(only('one second').value).toBe(1);
  });

  it.each(['12%', '12 %', '12 per cent', '12 percent', '12 per-cent', '12pc', '12 pct', 'twelve per cent'])(
    'reads %s as a percentage',
    (text) => {
      const mention = only(text);
      expect(mention.value).toBe(12);
      expect(mention.percent).toBe(true);
      expect(mention.text).toBe(text);
    },
  );

  it('leaves percent absent on figures that are not percentages', () => {
    expect('percent' in only('12 people')).toBe(false);
    expect('percent' in only('12 pc games')).toBe(false);
  });
});

describe('readNumbers: the words after a figure', () => {
  it('reports the word right after the figure, scale and currency as the unit word', () => {
    expect(only('half a million people').unitWord).toBe('people');
    expect(only('1,000 BTC').unitWord).toBe('btc');
    expect(only('two billion US dollars stolen').unitWord).toBe('stolen');
    expect(only('$81m from Bangladesh Bank').unitWord).toBe('from');
    expect('unitWord' in only('$81m.')).toBe(false);
  });

  it('lists up to three following words, stopping before punctuation and function words', () => {
    expect(only('10,000 stolen customer accounts were sold').followingWords).toEqual([
      'stolen',
      'customer',
      'accounts',
    ]);
    expect(only('5 people in Seoul').followingWords).toEqual(['people']);
    expect(only('$81m from Bangladesh Bank').followingWords).toEqual([]);
    expect(readNumbers('12 (twelve)')[0]?.followingWords).toEqual([]);
  });

  it('reads a hyphenated word after a figure as following it', () => {
    expect(only('a 10-year sentence').unitWord).toBe('year');
  });
});

interface Row {
  text: string;
  value: number;
  low: number;
  high: number;
  currency?: string;
  /** The qualifier the words around the figure give it; `exactly` when left out. */
  qualifier?: QualifierId;
}

/** Headline and wire-copy phrasings, each with exactly one figure. */
const PHRASINGS: Row[] = [
  { text: 'Hackers stole $81m from Bangladesh Bank', value: 81e6, low: 80.5e6, high: 81.5e6, currency: 'USD' },
  { text: '₩ 1.2 trillion', value: 1.2e12, low: 1.15e12, high: 1.25e12, currency: 'KRW' },
  { text: '¥500bn', value: 500e9, low: 499.5e9, high: 500.5e9, currency: 'JPY' },
  { text: 'EUR 3.5m', value: 3.5e6, low: 3.45e6, high: 3.55e6, currency: 'EUR' },
  { text: '3.5m euros', value: 3.5e6, low: 3.45e6, high: 3.55e6, currency: 'EUR' },
  { text: 'half a million people', value: 500e3, low: 450e3, high: 550e3 },
  { text: '£67 million', value: 67e6, low: 66.5e6, high: 67.5e6, currency: 'GBP' },
  { text: 'a quarter of a million dollars', value: 250e3, low: 245e3, high: 255e3, currency: 'USD' },
  { text: '1.5bn won', value: 1.5e9, low: 1.45e9, high: 1.55e9, currency: 'KRW' },
  { text: 'USD 571', value: 571, low: 570.5, high: 571.5, currency: 'USD' },
  { text: '2,000,000,000', value: 2e9, low: 2e9 - 0.5, high: 2e9 + 0.5 },
  { text: 'twelve', value: 12, low: 11.5, high: 12.5 },
  { text: 'sixty-five million', value: 65e6, low: 64.5e6, high: 65.5e6 },
  { text: 'Lazarus laundered $2.2bn through mixers', value: 2.2e9, low: 2.15e9, high: 2.25e9, currency: 'USD' },
  { text: 'US$ 2 billion', value: 2e9, low: 1.5e9, high: 2.5e9, currency: 'USD' },
  { text: 'a billion dollars', value: 1e9, low: 0.5e9, high: 1.5e9, currency: 'USD' },
  { text: 'Twenty-five hackers charged', value: 25, low: 24.5, high: 25.5 },
  { text: 'a million accounts exposed', value: 1e6, low: 0.5e6, high: 1.5e6 },
  { text: 'one and a half million', value: 1.5e6, low: 1.45e6, high: 1.55e6 },
  { text: 'Exchange loses $530m in hack', value: 530e6, low: 529.5e6, high: 530.5e6, currency: 'USD' },
  { text: 'a fine of €40mn', value: 40e6, low: 39.5e6, high: 40.5e6, currency: 'EUR' },
  { text: 'a $300 mln settlement', value: 300e6, low: 299.5e6, high: 300.5e6, currency: 'USD' },
  { text: 'a £4tn economy', value: 4e12, low: 3.5e12, high: 4.5e12, currency: 'GBP' },
  { text: 'A$10m raised', value: 10e6, low: 9.5e6, high: 10.5e6, currency: 'AUD' },
  { text: 'C$5.5 billion pipeline', value: 5.5e9, low: 5.45e9, high: 5.55e9, currency: 'CAD' },
  { text: 'HK$3bn bond', value: 3e9, low: 2.5e9, high: 3.5e9, currency: 'HKD' },
  { text: '500 million yen', value: 500e6, low: 499.5e6, high: 500.5e6, currency: 'JPY' },
  { text: 'seven billion won', value: 7e9, low: 6.5e9, high: 7.5e9, currency: 'KRW' },
  { text: 'a $2b fund', value: 2e9, low: 1.5e9, high: 2.5e9, currency: 'USD' },
  { text: '65m users', value: 65e6, low: 64.5e6, high: 65.5e6 },
  { text: '10K followers', value: 10e3, low: 9.5e3, high: 10.5e3 },
  { text: 'Crypto heist nets 2,500 bitcoin', value: 2_500, low: 2_499.5, high: 2_500.5 },
  { text: 'GBP 20m', value: 20e6, low: 19.5e6, high: 20.5e6, currency: 'GBP' },
  { text: '4.5 trillion won', value: 4.5e12, low: 4.45e12, high: 4.55e12, currency: 'KRW' },
  { text: 'two thousand five hundred', value: 2_500, low: 2_499.5, high: 2_500.5 },
  { text: 'three quarters of a billion', value: 750e6, low: 745e6, high: 755e6 },
  { text: '20 pounds sterling', value: 20, low: 19.5, high: 20.5, currency: 'GBP' },
  { text: 'a $5.5m ransom', value: 5.5e6, low: 5.45e6, high: 5.55e6, currency: 'USD' },
  { text: 'Seventy-two arrests in raid', value: 72, low: 71.5, high: 72.5 },
  { text: '81 million US dollars', value: 81e6, low: 80.5e6, high: 81.5e6, currency: 'USD' },
  { text: 'fifty billion won', value: 50e9, low: 49.5e9, high: 50.5e9, currency: 'KRW' },
  { text: 'a bounty of $ 41,000', value: 41_000, low: 40_999.5, high: 41_000.5, currency: 'USD' },
  { text: 'Sony hit by $15m bill', value: 15e6, low: 14.5e6, high: 15.5e6, currency: 'USD' },
  { text: '0.5 per cent', value: 0.5, low: 0.45, high: 0.55 },
  { text: 'One hundred and twenty', value: 120, low: 119.5, high: 120.5 },
  { text: 'a dozen exchanges', value: 12, low: 6, high: 18 },
  { text: '10\u202F000 BTC', value: 10_000, low: 9_999.5, high: 10_000.5 },
  { text: 'NZ$ 7.25 million', value: 7.25e6, low: 7.245e6, high: 7.255e6, currency: 'NZD' },
  { text: '1.2 million won', value: 1.2e6, low: 1.15e6, high: 1.25e6, currency: 'KRW' },
  // Qualifiers, nearest to the figure winning (wire copy, UN and threat reports).
  {
    text: 'estimated at up to two billion US dollars',
    value: 2e9,
    low: 1.5e9,
    high: 2.5e9,
    currency: 'USD',
    qualifier: 'up-to',
  },
  { text: 'stole around US$ 65 million', value: 65e6, low: 64.5e6, high: 65.5e6, currency: 'USD', qualifier: 'about' },
  { text: 'more than 10,000 accounts', value: 10_000, low: 9_999.5, high: 10_000.5, qualifier: 'more-than' },
  { text: 'at least 35 reported instances', value: 35, low: 34.5, high: 35.5, qualifier: 'at-least' },
  { text: 'less than 5% of exchanges', value: 5, low: 4.5, high: 5.5, qualifier: 'less-than' },
  { text: 'fewer than 300 staff', value: 300, low: 299.5, high: 300.5, qualifier: 'less-than' },
  {
    text: 'an estimated $1.7bn in crypto',
    value: 1.7e9,
    low: 1.65e9,
    high: 1.75e9,
    currency: 'USD',
    qualifier: 'about',
  },
  { text: 'as much as $600m', value: 600e6, low: 599.5e6, high: 600.5e6, currency: 'USD', qualifier: 'up-to' },
  { text: 'over 40 countries', value: 40, low: 39.5, high: 40.5, qualifier: 'more-than' },
  { text: 'in excess of £1bn', value: 1e9, low: 0.5e9, high: 1.5e9, currency: 'GBP', qualifier: 'more-than' },
  { text: 'nearly half a million users', value: 500e3, low: 450e3, high: 550e3, qualifier: 'about' },
  { text: 'almost 3,000 victims', value: 3_000, low: 2_999.5, high: 3_000.5, qualifier: 'about' },
  { text: 'roughly 1.4 million records', value: 1.4e6, low: 1.35e6, high: 1.45e6, qualifier: 'about' },
  { text: 'some 200 servers', value: 200, low: 199.5, high: 200.5, qualifier: 'about' },
  { text: 'under 2 per cent', value: 2, low: 1.5, high: 2.5, qualifier: 'less-than' },
  { text: 'at most 12 hours', value: 12, low: 11.5, high: 12.5, qualifier: 'up-to' },
  { text: 'no more than 50 machines', value: 50, low: 49.5, high: 50.5, qualifier: 'up-to' },
  { text: 'not less than $5m', value: 5e6, low: 4.5e6, high: 5.5e6, currency: 'USD', qualifier: 'at-least' },
  { text: '400 or more exchanges', value: 400, low: 399.5, high: 400.5, qualifier: 'at-least' },
  { text: 'about $2bn from cyber-attacks', value: 2e9, low: 1.5e9, high: 2.5e9, currency: 'USD', qualifier: 'about' },
  // Fractions and halves.
  { text: 'two thirds of the funds', value: 2 / 3, low: 2 / 3 - 0.005, high: 2 / 3 + 0.005 },
  { text: 'three quarters of a million', value: 750e3, low: 745e3, high: 755e3 },
  { text: '3 million and a half', value: 3.5e6, low: 3.45e6, high: 3.55e6 },
  { text: 'three million and a half', value: 3.5e6, low: 3.45e6, high: 3.55e6 },
  { text: '½ of the staff', value: 0.5, low: 0.45, high: 0.55 },
  { text: '2½ million people', value: 2.5e6, low: 2.45e6, high: 2.55e6 },
  { text: 'a quarter of the banks', value: 0.25, low: 0.245, high: 0.255 },
  { text: 'one-fifth of the attacks', value: 0.2, low: 0.15, high: 0.25 },
  // Signs.
  { text: 'minus 4% on the year', value: -4, low: -4.5, high: -3.5 },
  { text: 'negative 0.5 per cent', value: -0.5, low: -0.55, high: -0.45 },
  { text: 'a −3.2% fall', value: -3.2, low: -3.25, high: -3.15 },
  { text: 'minus $5m', value: -5e6, low: -5.5e6, high: -4.5e6, currency: 'USD' },
  // Scales.
  { text: 'a $5MM round', value: 5e6, low: 4.5e6, high: 5.5e6, currency: 'USD' },
  { text: 'a $12 mil settlement', value: 12e6, low: 11.5e6, high: 12.5e6, currency: 'USD' },
  { text: 'a 3 tln rouble budget', value: 3e12, low: 2.5e12, high: 3.5e12, currency: 'RUB' },
  { text: '1.2 bln yuan', value: 1.2e9, low: 1.15e9, high: 1.25e9, currency: 'CNY' },
  { text: '€1.5 trillion', value: 1.5e12, low: 1.45e12, high: 1.55e12, currency: 'EUR' },
  { text: '40 thousand people', value: 40e3, low: 39.5e3, high: 40.5e3 },
  { text: '$3bn-a-year trade', value: 3e9, low: 2.5e9, high: 3.5e9, currency: 'USD' },
  { text: '7.5m euros', value: 7.5e6, low: 7.45e6, high: 7.55e6, currency: 'EUR' },
  // India: lakh, crore, Indian grouping, rupee forms.
  { text: '₹12 crore', value: 12e7, low: 11.5e7, high: 12.5e7, currency: 'INR' },
  { text: 'Rs 5 lakh', value: 5e5, low: 4.5e5, high: 5.5e5, currency: 'INR' },
  { text: 'Rs. 2.5 crore', value: 2.5e7, low: 2.45e7, high: 2.55e7, currency: 'INR' },
  { text: 'INR 20 crore', value: 20e7, low: 19.5e7, high: 20.5e7, currency: 'INR' },
  { text: '₹1.5 lakh crore', value: 1.5e12, low: 1.45e12, high: 1.55e12, currency: 'INR' },
  { text: '12,34,567 rupees', value: 1_234_567, low: 1_234_566.5, high: 1_234_567.5, currency: 'INR' },
  { text: '₹1,00,000', value: 100_000, low: 99_999.5, high: 100_000.5, currency: 'INR' },
  { text: 'five lakh people', value: 5e5, low: 4.5e5, high: 5.5e5 },
  // Separators, full width.
  { text: '1\u00A0234\u00A0567 euros', value: 1_234_567, low: 1_234_566.5, high: 1_234_567.5, currency: 'EUR' },
  { text: '2\u2009500 victims', value: 2_500, low: 2_499.5, high: 2_500.5 },
  { text: '\uFF11\uFF12\uFF13 servers', value: 123, low: 122.5, high: 123.5 },
  { text: '\uFF04\uFF15\uFF10m', value: 50e6, low: 49.5e6, high: 50.5e6, currency: 'USD' },
  { text: '\uFF18\uFF05', value: 8, low: 7.5, high: 8.5 },
  // Decimals in words.
  { text: 'two point two billion dollars', value: 2.2e9, low: 2.15e9, high: 2.25e9, currency: 'USD' },
  { text: 'one point five million accounts', value: 1.5e6, low: 1.45e6, high: 1.55e6 },
  { text: 'zero point three per cent', value: 0.3, low: 0.25, high: 0.35 },
  // Scientific notation, as technical reports write it.
  { text: '1.2e9 packets', value: 1.2e9, low: 1.15e9, high: 1.25e9 },
  { text: '2.5 × 10^6 requests', value: 2.5e6, low: 2.45e6, high: 2.55e6 },
  { text: '4×10⁹ hashes', value: 4e9, low: 3.5e9, high: 4.5e9 },
  { text: '3E+06 bytes', value: 3e6, low: 2.5e6, high: 3.5e6 },
  { text: '6.02x10**23 molecules', value: 6.02e23, low: 6.015e23, high: 6.025e23 },
  // Threat reports and news.
  { text: 'WannaCry hit 200,000 computers', value: 200_000, low: 199_999.5, high: 200_000.5 },
  { text: 'NotPetya cost Maersk $300m', value: 300e6, low: 299.5e6, high: 300.5e6, currency: 'USD' },
  { text: 'Ronin bridge drained of $620 million', value: 620e6, low: 619.5e6, high: 620.5e6, currency: 'USD' },
  { text: 'Coincheck lost ¥58bn', value: 58e9, low: 57.5e9, high: 58.5e9, currency: 'JPY' },
  { text: 'a ransom of 75 bitcoin', value: 75, low: 74.5, high: 75.5 },
  { text: 'Yahoo: 3 billion accounts affected', value: 3e9, low: 2.5e9, high: 3.5e9 },
  { text: 'Equifax breach exposed 147 million people', value: 147e6, low: 146.5e6, high: 147.5e6 },
  { text: 'British Airways fined £20m', value: 20e6, low: 19.5e6, high: 20.5e6, currency: 'GBP' },
  { text: 'Marriott: 383 million guest records', value: 383e6, low: 382.5e6, high: 383.5e6 },
  { text: 'Bithumb hackers took 35 billion won', value: 35e9, low: 34.5e9, high: 35.5e9, currency: 'KRW' },
  { text: 'a 15 pc drop', value: 15, low: 14.5, high: 15.5 },
  { text: 'exports fell 4.5pc', value: 4.5, low: 4.45, high: 4.55 },
];

describe('readNumbers: what is not a figure', () => {
  it.each([
    'CVE-2019-0708 was patched',
    'APT38 and MH17',
    'call +44 20 7946 0958 now',
    'call (202) 555-0143',
    'call 202-555-0143',
    'from 192.168.1.1 and 10.0.0.254',
    'the 21st attack',
    'the twenty-first attack',
  ])('reads no figure in "%s"', (text) => {
    expect(readNumbers(text)).toEqual([]);
  });

  it('reads an ISO date only as its year, flagged as one', () => {
    expect(readNumbers('on 2019-08-05').map((m) => [m.value, m.isYear])).toEqual([[2019, true]]);
  });
});

describe('readNumbers: headline and wire-copy phrasings', () => {
  it('covers at least 120 phrasings', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(120);
  });

  it.each(PHRASINGS)('reads "$text"', ({ text, value, low, high, currency, qualifier }) => {
    const mention = only(text);
    expect(mention.value / (Math.abs(value) || 1)).toBeCloseTo(value / (Math.abs(value) || 1), 9);
    expectRange(mention, low, high);
    expect(mention.currency).toBe(currency);
    expect(mention.qualifier).toBe(qualifier ?? 'exactly');
  });
});
