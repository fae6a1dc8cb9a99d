/**
 * Reading figures written in words: "two billion", "sixty-five million", "one hundred and twenty", "a dozen",
 * "half a million", "a quarter of a million", "one and a half million". Words are read like the digits they stand
 * for, so their precision is that of the digits: "two billion" is "2 billion" (1.5 to 2.5 billion), and "one
 * hundred and twenty" is "120" (119.5 to 120.5).
 */
import { SCALE_WORD_EXPONENTS } from './scales.ts';

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

const TEENS: Readonly<Record<string, number>> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const DOZEN = 12;

/** Most digit words read after "point"; more is a list of digits, not a decimal. */
const MAX_POINT_DIGITS = 6;

/** A fraction that can stand before a scale, with the divisor of the scale that gives its decimal precision. */
interface Fraction {
  /** The fraction of the scale the words state. */
  value: number;
  /** The scale divided by this is half a unit of the fraction's decimal form: 20 for 0.5, 200 for 0.25. */
  halfUnitDivisor: number;
}

/** "half a million" reads like "0.5 million" (±0.05 million); "a quarter of a million" like "0.25 million". */
const HALF: Fraction = { value: 0.5, halfUnitDivisor: 20 };
const QUARTER: Fraction = { value: 0.25, halfUnitDivisor: 200 };
const THREE_QUARTERS: Fraction = { value: 0.75, halfUnitDivisor: 200 };

/** Every word that can be part of a spelled-out figure; collecting stops at the first word outside it. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  ...Object.keys(SCALE_WORD_EXPONENTS),
  'half',
  'quarter',
  'quarters',
  'hundred',
  'dozen',
  'and',
  'a',
  'of',
  'point',
]);

/**
 * Words a spelled-out figure can begin with. "and", "of", "hundred" and the scales cannot, so "hundreds",
 * "and a million" or "of a" never start a figure; "a" can, but only counts when a scale follows ("a million").
 */
const STARTERS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TEENS),
  ...Object.keys(TENS),
  'a',
  'half',
  'quarter',
]);

/** True when a (lower-cased) word may begin a spelled-out figure. */
export function isNumberWordStart(word: string): boolean {
  return STARTERS.has(word);
}

/** Ordinals, which also name fractions ("one third"); none of them is a count. */
const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth',
  'hundredth', 'thousandth', 'millionth', 'billionth', 'trillionth',
]); // prettier-ignore

/** The role of the last word a spelled-out figure used, which decides whether an ordinal may follow it. */
export type NumberWordKind = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'half' | 'dozen';

/**
 * True when the word right after a spelled-out figure makes it an ordinal or a fraction rather than a count:
 * "twenty-first", "one hundred and first", "one hundredth", "one third", "two-thirds". "first" and "second" turn
 * only a compound into an ordinal, so "two first-time buyers" and "twenty seconds" stay counts.
 */
export function makesOrdinalOrFraction(lastKind: NumberWordKind, nextWord: string): boolean {
  const word = nextWord.toLowerCase();
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  if (!ORDINAL_WORDS.has(word) && !ORDINAL_WORDS.has(singular)) return false;
  if (singular === 'first' || singular === 'second') {
    return word === singular && (lastKind === 'tens' || lastKind === 'hundred' || lastKind === 'scale');
  }
  return true;
}

/** The denominators a count can take to make a fraction: "two thirds", "a quarter", "three fifths". */
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
}; // prettier-ignore

/**
 * The denominator a (lower-cased) word names, when it can follow a numerator of one to nine: "thirds" is 3. A
 * lone "half" is left out ("half of them" is not a figure), so only "one half" and "a half" are read.
 */
export function denominatorOf(word: string): number | undefined {
  return DENOMINATORS[word.toLowerCase()];
}

/**
 * Half a unit of the decimal a fraction is written as, to two places at most: a half is 0.5 (±0.05), a quarter
 * 0.25 and two thirds 0.67 (±0.005), as a reader would write them in digits.
 */
export function fractionHalfUnit(value: number): number {
  const scaled = value * 10;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9 ? 0.05 : 0.005;
}

/** A figure read from a run of number words. */
export interface WordFigure {
  /** How many of the given words the figure used; the rest ("and", "a", "of" left dangling) are not part of it. */
  count: number;
  /** The figure in full: "two billion" is 2000000000. */
  value: number;
  /** Half the smallest unit the wording states: 0.5 for "one hundred and twenty", 0.5 billion for "two billion". */
  halfUnit: number;
  /** The role of the last word used: an ordinal right after a tens word makes the whole an ordinal. */
  lastKind: NumberWordKind;
}

/** "half a million", "a quarter of a million", "three quarters of a billion", "half a dozen". */
function parseFraction(words: readonly string[]): WordFigure | undefined {
  let k = words[0] === 'a' ? 1 : 0;
  let fraction: Fraction;
  if (words[k] === 'half') fraction = HALF;
  else if (words[k] === 'quarter') fraction = QUARTER;
  else if (k === 0 && words[0] === 'three' && words[1] === 'quarters') {
    fraction = THREE_QUARTERS;
    k = 1;
  } else return undefined;
  k += 1;
  if (words[k] === 'of') k += 1;
  if (words[k] === 'a') k += 1;
  const word = words[k];
  if (word === undefined) return undefined;
  const exponent = SCALE_WORD_EXPONENTS[word];
  const scale = word === 'dozen' ? DOZEN : exponent === undefined ? undefined : 10 ** exponent;
  if (scale === undefined) return undefined;
  return {
    count: k + 1,
    value: fraction.value * scale,
    halfUnit: scale / fraction.halfUnitDivisor,
    lastKind: 'scale',
  };
}

type State = 'start' | 'a' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and';

/** Cardinals: "twelve", "sixty-five million", "one hundred and twenty", "a dozen", "two and a half billion". */
function parseCardinal(words: readonly string[]): WordFigure | undefined {
  let total = 0; // the groups already multiplied by a scale
  let group = 0; // the group below 1000 being built
  let state: State = 'start';
  let lastExponent = Infinity; // scales must fall: "two million five thousand", never "five thousand two million"
  let halfUnit = 0.5;
  let best: WordFigure | undefined;

  for (let k = 0; k < words.length; k += 1) {
    const word = words[k] ?? '';
    const record = (lastKind: NumberWordKind): void => {
      best = { count: k + 1, value: total + group, halfUnit, lastKind };
    };
    const smallAllowed = state === 'start' || state === 'hundred' || state === 'scale' || state === 'and';

    if (word === 'a' && k === 0) {
      group = 1;
      state = 'a';
      continue;
    }
    const unit = UNITS[word];
    if (unit !== undefined) {
      if (!(smallAllowed || state === 'tens') || (unit === 0 && state !== 'start')) break;
      group += unit;
      state = 'unit';
      halfUnit = 0.5;
      record('unit');
      continue;
    }
    const teen = TEENS[word] ?? TENS[word];
    if (teen !== undefined) {
      if (!smallAllowed) break;
      group += teen;
      state = teen >= 20 ? 'tens' : 'unit';
      halfUnit = 0.5;
      record(teen >= 20 ? 'tens' : 'teen');
      continue;
    }
    if (word === 'hundred') {
      // "a hundred", "five hundred", "nineteen hundred"; not "twenty hundred" or "five hundred hundred".
      if (!(state === 'a' || (state === 'unit' && group >= 1 && group < 20))) break;
      group *= 100;
      state = 'hundred';
      halfUnit = 0.5;
      record('hundred');
      continue;
    }
    const exponent = SCALE_WORD_EXPONENTS[word];
    if (exponent !== undefined) {
      if (state === 'start' || state === 'scale' || state === 'and' || group === 0 || exponent >= lastExponent) break;
      const scale = 10 ** exponent;
      total += group * scale;
      group = 0;
      lastExponent = exponent;
      state = 'scale';
      halfUnit = scale / 2;
      record('scale');
      continue;
    }
    if (word === 'dozen') {
      // "a dozen", "two dozen": read like "1 dozen", so the precision is half a dozen.
      if (!(state === 'a' || state === 'unit' || state === 'tens') || total !== 0) break;
      total = group * DOZEN;
      group = 0;
      halfUnit = DOZEN / 2;
      record('dozen');
      break;
    }
    if (word === 'point') {
      // "two point two billion": read like "2.2 billion", one decimal per digit word.
      if (!(state === 'unit' || state === 'tens' || state === 'start') || total !== 0) break;
      let digits = 0;
      let decimals = 0;
      while (digits < MAX_POINT_DIGITS) {
        const digit = UNITS[words[k + 1 + digits] ?? ''];
        if (digit === undefined) break;
        decimals = decimals * 10 + digit;
        digits += 1;
      }
      if (digits === 0) break;
      k += digits;
      group += decimals / 10 ** digits;
      halfUnit = 0.5 / 10 ** digits;
      record('unit');
      const next = words[k + 1];
      const scaleExponent = next === undefined ? undefined : SCALE_WORD_EXPONENTS[next];
      if (scaleExponent !== undefined) {
        k += 1;
        total = Number((group * 10 ** scaleExponent).toPrecision(15));
        group = 0;
        halfUnit = (0.5 / 10 ** digits) * 10 ** scaleExponent;
        record('scale');
      }
      break;
    }
    if (word === 'and') {
      // "three million and a half": half of the last scale more, read like "3.5 million".
      if (state === 'scale' && group === 0 && words[k + 1] === 'a' && words[k + 2] === 'half') {
        const scale = 10 ** lastExponent;
        total += scale / 2;
        halfUnit = scale / 20;
        k += 2;
        record('half');
        break;
      }
      if ((state === 'hundred' || state === 'scale') && isSmallNumberWord(words[k + 1])) {
        state = 'and';
        continue;
      }
      // "one and a half million": read like "1.5 million".
      if ((state === 'unit' || state === 'tens') && total === 0 && words[k + 1] === 'a' && words[k + 2] === 'half') {
        group += 0.5;
        halfUnit = 0.05;
        k += 2;
        record('half');
        const next = words[k + 1];
        const scaleExponent = next === undefined ? undefined : SCALE_WORD_EXPONENTS[next];
        if (scaleExponent !== undefined) {
          k += 1;
          const scale = 10 ** scaleExponent;
          total = group * scale;
          group = 0;
          halfUnit = scale / 20;
          record('scale');
        }
      }
      break;
    }
    break;
  }
  return best;
}

function isSmallNumberWord(word: string | undefined): boolean {
  return word !== undefined && (UNITS[word] !== undefined || TEENS[word] !== undefined || TENS[word] !== undefined);
}

/**
 * Reads the longest figure at the start of a run of lower-cased number words, or undefined when the run does not
 * begin with one ("a" alone, as in "a cyber-heist", is not a figure). Compound forms join with spaces or hyphens
 * in the text; the caller has already split them into words.
 */
export function parseNumberWords(words: readonly string[]): WordFigure | undefined {
  return parseFraction(words) ?? parseCardinal(words);
}
