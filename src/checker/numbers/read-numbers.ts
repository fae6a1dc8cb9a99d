/**
 * The number reader: finds every figure in a piece of prose ("$2.2bn", "two billion US dollars", "12 per cent",
 * "half a million people") with the range its precision allows. It walks the text once, left to right, and every
 * attempt looks a bounded distance ahead, so the cost is linear in the length of the text.
 */
import { CURRENCY_SIGN_CHARS, readCurrencyPrefix, readCurrencySuffix } from './currencies.ts';
import { isNextToMonth } from './date-context.ts';
import { followsLabel } from './label-context.ts';
import type { NumberMention } from './number-mention.ts';
import {
  denominatorOf,
  fractionHalfUnit,
  isNumberWordStart,
  makesOrdinalOrFraction,
  NUMBER_WORDS,
  parseNumberWords,
} from './number-words.ts';
import { qualifierAround } from './qualifiers.ts';
import { readGluedScale, readSpacedScale } from './scales.ts';
import { HYPHENS, isDigit, isLetter, isWordChar, matchAt, skipSpaces, skipWord } from './text-scan.ts';
import { readFollowingWords } from './unit-words.ts';

/**
 * Digits at the offset: Indian grouping ("12,34,567", tried first), thousands grouped by commas ("1,234,567") or
 * by no-break and thin spaces ("10 000"), only in groups of exactly three, or an ungrouped run; then decimals. Group 1 is the integer part, group 2 the
 * decimals; group 3 the decimals of a figure written without a leading zero (".5").
 */
const DIGITS_RE =
  /(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?!\d)|\d+)(?:\.(\d+))?|\.(\d+)/y;

/** Thousands separators, removed before the digits are turned into a number. */
const SEPARATORS_RE = /[,\u00A0\u202F\u2009]/g;

/** A web address; figures inside it (dates and ids in paths) are not stated quantities. */
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"]*/iy;

/** One word of a spelled-out figure; a figure's words join with white space or a hyphen ("sixty-five"). */
const WORD_RE = /\p{L}+/uy;
const WORD_SEPARATOR_RE = /\s+|[-\u2010\u2011](?=\p{L})/uy;

/**
 * "%", "per cent", "percent", "per-cent" or "pct" after a figure; also the British papers' "pc", but only glued to
 * the digits ("4.5pc"), since a spaced "12 pc" is as likely to be twelve PCs.
 */
const PERCENT_RE =
  /\s*[%\uFF05]|(?:per-?cent|pct|pc)(?![\p{L}\p{N}])|(?:\s+|[-\u2010\u2011])(?:per[\s\u2010\u2011-]?cent|pct)(?![\p{L}\p{N}])/iuy;

/** A percent word glued to digits ("4.5pc", "12percent"), which must not make the digits an identifier. */
const GLUED_PERCENT_RE = /(?:per-?cent|pct|pc)(?![\p{L}\p{N}])/iuy;

/** A four-digit year ending just before a hyphen, and two digits after it: "2018-19" is a span of years. */
const YEAR_BEFORE_HYPHEN_RE = /(?:^|\D)[12]\d{3}$/;
const TWO_DIGITS_RE = /^\d{2}(?!\d)/;

/** The word after a spelled-out figure, to catch ordinals and fractions: "twenty-first", "one third". */
const ORDINAL_AFTER_RE = /(?:\s+|[-\u2010\u2011])(?:and\s+)?(\p{L}+)/uy;

/** "no one" is nobody, "one another" each other and "one-off" unique: none of them states the number 1. */
const NO_ONE_BEFORE_RE = /(?:^|[^\p{L}])no\s+$/iu;
const ONE_IDIOM_AFTER_RE = /(?:\s+another|[-\u2010\u2011]off)(?![\p{L}])/iuy;

/** A plain four-digit figure that can be a year (see `NumberMention.isYear`). */
const YEAR_DIGITS_RE = /^[12]\d{3}$/;
const HAS_DIGIT_RE = /\d/;

/**
 * Words that can be hyphenated onto a year ("mid-2017", "Pre-2020") even when capitalised; any other capitalised
 * or digit-bearing word before a hyphen makes an identifier ("COVID-19", "Covid-19", "F-35", "MH-17").
 */
const YEAR_PREFIXES: ReadonlySet<string> = new Set(['mid', 'pre', 'post', 'early', 'late', 'end', 'start', 'circa']);

/**
 * Scientific notation as technical reports write it: "1.2e9", "3E+06", "2.5 × 10^9", "2.5x10**9", "4 × 10⁹".
 * Group 1 is an exponent in ASCII digits, group 2 one in superscript digits.
 */
const SCIENTIFIC_RE =
  /[eE]([+\-\u2212]?\d{1,3})(?![\p{L}\p{N}])|\s?[×xX·*]\s?10(?:\^|\*\*)([+\-\u2212]?\d{1,3})(?!\d)|\s?[×xX·*]\s?10([\u207A\u207B]?[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]{1,3})/uy;

const SUPERSCRIPTS = '\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079';

/** Vulgar fractions, alone ("½") or after digits ("2½ million"), with their values. */
const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '\u00BD': 1 / 2, '\u2153': 1 / 3, '\u2154': 2 / 3, '\u00BC': 1 / 4, '\u00BE': 3 / 4, '\u2155': 1 / 5,
  '\u2156': 2 / 5, '\u2157': 3 / 5, '\u2158': 4 / 5, '\u2159': 1 / 6, '\u215A': 5 / 6, '\u215B': 1 / 8,
  '\u215C': 3 / 8, '\u215D': 5 / 8, '\u215E': 7 / 8,
}; // prettier-ignore

/** "3 million and a half": half of the scale more. */
const AND_A_HALF_RE = /\s+and\s+a\s+half(?![\p{L}\p{N}])/iuy;

/** "minus 5", "negative 3%": a sign in words before a figure. */
const SIGN_WORD_RE = /(?:minus|negative)\s+(?=[\d.\p{L}$£€¥₩₹])/iuy;

/**
 * Telephone numbers, which are not quantities: "+44 20 7946 0958", "(202) 555-0143", "202-555-0143",
 * "202.555.0143". Digits grouped by spaces alone are left to the thousands reader, so only a leading "+", a
 * bracketed area code, or dots and hyphens between groups of three and four make a phone number.
 */
const PHONE_RE =
  /\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)|\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}(?!\d)|\d{3}[.-]\d{3}[.-]\d{4}(?!\d)/y;

/** The word after a count that makes it a fraction: "two thirds", "a quarter", "one-fifth". */
const DENOMINATOR_AFTER_RE = /(?:\s+|[-\u2010\u2011])(\p{L}+)(?![\p{L}\p{N}\-\u2010\u2011])/uy;

/** "a third", "a quarter", "a fifth": the article as a numerator of one. */
const A_FRACTION_RE = /a(?:\s+|[-\u2010\u2011])(\p{L}+)(?![\p{L}\p{N}\-\u2010\u2011])/iuy;

/** Longest run of number words collected at once; real figures are far shorter, and the cap keeps scans linear. */
const MAX_NUMBER_WORDS = 16;

/** How far back to look for the word before a hyphen; longer words are not identifier prefixes anyway. */
const MAX_PREFIX_LENGTH = 32;

/** A figure read from digits or words, before currency and percent are looked for. */
interface Figure {
  /** The figure in full, scale applied. */
  value: number;
  /** Half a unit of the last stated digit or word, scale applied: the mention's range is value ± halfUnit. */
  halfUnit: number;
  /** The offset just past the figure and its scale. */
  end: number;
  /** Written in words rather than digits. */
  spelled: boolean;
  /** A scale word or abbreviation was part of the figure, so it cannot be a year, day or label. */
  scaled: boolean;
  /** The integer digits without separators, for the year test; empty for spelled figures. */
  intDigits: string;
  /** Written with thousands separators ("2,018" is not a year). */
  grouped: boolean;
  /** Written with decimals ("2018.5" is not a year). */
  decimal: boolean;
  /** A fraction with no scale: "two thirds", "½", "a quarter". */
  fraction?: boolean;
}

/** What an attempt at one offset found: a mention, or where to carry on scanning. */
type Attempt = { kind: 'mention'; mention: NumberMention } | { kind: 'skip'; skipTo: number };

/** `m × 10^exponent`, divided rather than multiplied by a fraction so that "2.2" × 10^9 is exactly 2200000000. */
function timesPowerOfTen(mantissa: number, exponent: number): number {
  return exponent >= 0 ? mantissa * 10 ** exponent : mantissa / 10 ** -exponent;
}

/**
 * The offset past an identifier that contains digits ("S/2019/691", "10:30am", "1.2.3", "5G"): word characters,
 * and joining punctuation when a word character follows it.
 */
function skipIdentifier(text: string, pos: number): number {
  let p = pos;
  while (p < text.length) {
    const ch = text.charAt(p);
    if (isWordChar(ch)) p += 1;
    else if ("/\\:.,'\u2019".includes(ch) || HYPHENS.includes(ch)) {
      if (!isWordChar(text.charAt(p + 1))) break;
      p += 2;
    } else break;
  }
  return Math.max(p, pos + 1);
}

/**
 * True when the word before the hyphen at `hyphen` makes the digits after it part of a name: "COVID-19",
 * "F-35", slugs like "world-asia-49574890"; false for "mid-2017" and other lower-case words.
 */
function hyphenatedIdentifier(text: string, hyphen: number): boolean {
  let start = hyphen;
  while (start > 0 && hyphen - start < MAX_PREFIX_LENGTH && isWordChar(text.charAt(start - 1))) start -= 1;
  const word = text.slice(start, hyphen);
  if (YEAR_PREFIXES.has(word.toLowerCase())) return false;
  const before = text.charAt(start - 1);
  if (before !== '' && ('/._'.includes(before) || HYPHENS.includes(before))) return true;
  return HAS_DIGIT_RE.test(word) || word !== word.toLowerCase();
}

/** True when digits starting at `pos` are glued on their left to something that makes them an identifier. */
function gluedOnLeft(text: string, pos: number): boolean {
  const prev = text.charAt(pos - 1);
  if (prev === '') return false;
  if (isWordChar(prev) || '/\\:#@'.includes(prev)) return true;
  if (prev === '.' || prev === ',') return isWordChar(text.charAt(pos - 2));
  if (HYPHENS.includes(prev) && isLetter(text.charAt(pos - 2))) return hyphenatedIdentifier(text, pos - 1);
  if (HYPHENS.includes(prev) && isDigit(text.charAt(pos - 2))) {
    // "2018-19": the "19" abbreviates a year; reading it as nineteen would put a number in the headline.
    return (
      YEAR_BEFORE_HYPHEN_RE.test(text.slice(Math.max(0, pos - 6), pos - 1)) &&
      TWO_DIGITS_RE.test(text.slice(pos, pos + 3))
    );
  }
  return false;
}

/**
 * True when what follows the digits ending at `pos` makes them an identifier or a decade: "1990's", "24/7",
 * "10:30", "1.2.3", "1,23".
 */
function gluedOnRight(text: string, pos: number): boolean {
  const next = text.charAt(pos);
  const after = text.charAt(pos + 1);
  if (next === '_') return true;
  if ((next === "'" || next === '\u2019') && (after === 's' || after === 'S')) return !isWordChar(text.charAt(pos + 2));
  return next !== '' && '/:.,'.includes(next) && isDigit(after);
}

/** Reads digits, their decimals and a scale at `pos`; a number is where to resume when they are not a figure. */
function readDigitFigure(text: string, pos: number, money: boolean): Figure | number {
  const match = matchAt(DIGITS_RE, text, pos);
  if (!match) return pos + 1;
  const [whole, integer = '', decimals, bareDecimals] = match;
  const fraction = decimals ?? bareDecimals ?? '';
  const intDigits = integer.replace(SEPARATORS_RE, '');
  let end = pos + whole.length;
  let exponent = 0;
  let scaled = false;
  const scientific = matchAt(SCIENTIFIC_RE, text, end);
  if (scientific) {
    const written = scientific[1] ?? scientific[2] ?? fromSuperscript(scientific[3] ?? '');
    exponent = Number(written.replace('\u2212', '-'));
    end += scientific[0].length;
    scaled = true;
  } else if (VULGAR_FRACTIONS[text.charAt(end)] !== undefined && fraction === '') {
    // "2½ million": read like "2.5 million".
    const part = VULGAR_FRACTIONS[text.charAt(end)] ?? 0;
    end += 1;
    const spaced = isLetter(text.charAt(end)) ? readGluedScale(text, end) : readSpacedScale(text, end, money);
    const scale = spaced?.exponent ?? 0;
    return {
      value: timesPowerOfTen(Number(intDigits) + part, scale),
      halfUnit: timesPowerOfTen(fractionHalfUnit(part), scale),
      end: spaced?.end ?? end,
      spelled: false,
      scaled: spaced !== undefined,
      intDigits,
      grouped: intDigits.length !== integer.length,
      decimal: true,
    };
  } else if (isLetter(text.charAt(end))) {
    // Letters glued to the digits: a scale ("65m", "$2b"), or else not a figure at all: ordinals ("3rd"),
    // decades ("1990s"), times ("10am") and names ("5G").
    const glued = readGluedScale(text, end);
    if (glued) {
      exponent = glued.exponent;
      end = glued.end;
      scaled = true;
    } else if (!matchAt(GLUED_PERCENT_RE, text, end)) {
      return skipIdentifier(text, pos);
    }
  } else if (gluedOnRight(text, end)) {
    return skipIdentifier(text, pos);
  } else {
    const spaced = readSpacedScale(text, end, money);
    if (spaced) {
      exponent = spaced.exponent;
      end = spaced.end;
      scaled = true;
      const half = fraction === '' ? matchAt(AND_A_HALF_RE, text, end) : null;
      if (half) {
        return {
          value: timesPowerOfTen(Number(intDigits) * 10 + 5, exponent - 1),
          halfUnit: timesPowerOfTen(5, exponent - 2),
          end: end + half[0].length,
          spelled: false,
          scaled,
          intDigits,
          grouped: intDigits.length !== integer.length,
          decimal: true,
        };
      }
    }
  }
  const shift = exponent - fraction.length;
  return {
    value: timesPowerOfTen(Number(intDigits + fraction), shift),
    halfUnit: timesPowerOfTen(5, shift - 1),
    end,
    spelled: false,
    scaled,
    intDigits,
    grouped: intDigits.length !== integer.length,
    decimal: fraction.length > 0,
  };
}

/** Digits written as superscripts ("⁹", "⁻³") in ASCII ("9", "-3"). */
function fromSuperscript(written: string): string {
  let ascii = '';
  for (const ch of written) {
    if (ch === '\u207B') ascii += '-';
    else if (ch !== '\u207A') ascii += String(SUPERSCRIPTS.indexOf(ch));
  }
  return ascii;
}

/** A fraction as a figure: no scale, two decimals of precision at most. */
function fractionFigure(value: number, end: number, spelled: boolean): Figure {
  return {
    value,
    halfUnit: fractionHalfUnit(value),
    end,
    spelled,
    scaled: false,
    intDigits: '',
    grouped: false,
    decimal: true,
    fraction: true,
  };
}

/** Reads a spelled-out figure at `pos`; a number is where to resume when the words are not one. */
function readWordFigure(text: string, pos: number): Figure | number {
  const words: string[] = [];
  const ends: number[] = [];
  let p = pos;
  while (words.length < MAX_NUMBER_WORDS) {
    const match = matchAt(WORD_RE, text, p);
    if (!match) break;
    const word = match[0].toLowerCase();
    const end = p + match[0].length;
    if (!NUMBER_WORDS.has(word) || (words.length === 0 && !isNumberWordStart(word)) || isWordChar(text.charAt(end)))
      break;
    words.push(word);
    ends.push(end);
    const separator = matchAt(WORD_SEPARATOR_RE, text, end);
    if (!separator) break;
    p = end + separator[0].length;
  }
  const firstWordEnd = skipWord(text, pos);
  const parsed = parseNumberWords(words);
  const end = parsed === undefined ? undefined : ends[parsed.count - 1];
  if (parsed === undefined || end === undefined) {
    // "a third of the funds", "a quarter"; "a half" too, though a lone "half" is not read.
    const article = words[0] === 'a' ? matchAt(A_FRACTION_RE, text, pos) : null;
    const denominator = article?.[1] === undefined ? undefined : denominatorOf(article[1]);
    if (article && denominator !== undefined) return fractionFigure(1 / denominator, pos + article[0].length, true);
    return firstWordEnd;
  }

  if (parsed.lastKind === 'unit' && parsed.count === 1 && parsed.value >= 1 && parsed.value <= 9) {
    const denominatorWord = matchAt(DENOMINATOR_AFTER_RE, text, end);
    const denominator = denominatorWord?.[1] === undefined ? undefined : denominatorOf(denominatorWord[1]);
    if (denominatorWord && denominator !== undefined && parsed.value < denominator) {
      return fractionFigure(parsed.value / denominator, end + denominatorWord[0].length, true);
    }
  }
  const next = matchAt(ORDINAL_AFTER_RE, text, end)?.[1];
  if (next !== undefined && makesOrdinalOrFraction(parsed.lastKind, next)) return end;
  if (parsed.count === 1 && words[0] === 'one') {
    const before = text.slice(Math.max(0, pos - 4), pos);
    if (NO_ONE_BEFORE_RE.test(before) || matchAt(ONE_IDIOM_AFTER_RE, text, end)) return end;
  }
  return {
    value: parsed.value,
    halfUnit: parsed.halfUnit,
    end,
    spelled: true,
    scaled: parsed.lastKind === 'scale',
    intDigits: '',
    grouped: false,
    decimal: false,
  };
}

/** Reads a whole mention at `start`: sign, currency before, figure, scale, then percent or currency after. */
function readMentionAt(text: string, start: number): Attempt {
  const first = text.charAt(start);
  const signWord = isLetter(first) ? matchAt(SIGN_WORD_RE, text, start) : null;
  const negative = first === '-' || first === '\u2212' || signWord !== null;
  const figurePos = signWord ? start + signWord[0].length : negative ? start + 1 : start;
  const signed = text.charAt(figurePos);
  const signedCode = signed.charCodeAt(0);
  // After a sign, a currency may follow ("−$5m", "minus £3bn"); a lower-case word never starts a currency.
  const canBePrefix =
    (signWord !== null || !negative) && !(isLetter(signed) && !(signedCode >= 65 && signedCode <= 90));
  const prefix = canBePrefix ? readCurrencyPrefix(text, figurePos) : undefined;
  const figureStart = prefix ? skipSpaces(text, prefix.end) : figurePos;
  const figureChar = text.charAt(figureStart);

  let figure: Figure | number;
  if (isDigit(figureChar) || (figureChar === '.' && isDigit(text.charAt(figureStart + 1)))) {
    if (prefix === undefined && !negative && gluedOnLeft(text, figureStart)) {
      return { kind: 'skip', skipTo: skipIdentifier(text, figureStart) };
    }
    figure = readDigitFigure(text, figureStart, prefix !== undefined);
  } else if (VULGAR_FRACTIONS[figureChar] !== undefined) {
    figure = fractionFigure(VULGAR_FRACTIONS[figureChar] ?? 0, figureStart + 1, false);
  } else if (isLetter(figureChar) && (!negative || signWord !== null)) {
    figure = readWordFigure(text, figureStart);
  } else {
    figure = start + 1;
  }
  if (signWord !== null && typeof figure === 'number') return { kind: 'skip', skipTo: figurePos };
  if (typeof figure === 'number') return { kind: 'skip', skipTo: prefix ? prefix.end : figure };

  let currency = prefix?.code;
  let end = figure.end;
  let percent = false;
  const percentSign = matchAt(PERCENT_RE, text, end);
  if (percentSign) {
    percent = true;
    end += percentSign[0].length;
  } else {
    const suffix = readCurrencySuffix(text, end);
    if (suffix && (currency === undefined || currency === suffix.code)) {
      currency = suffix.code;
      end = suffix.end;
    }
  }

  const value = negative ? -figure.value : figure.value;
  const wholeNumber =
    currency === undefined &&
    !percent &&
    !negative &&
    !figure.scaled &&
    !figure.spelled &&
    !figure.grouped &&
    !figure.decimal;
  const isYear = wholeNumber && YEAR_DIGITS_RE.test(figure.intDigits);
  const isDay = wholeNumber && figure.intDigits.length <= 2 && value >= 1 && value <= 31;
  const following = readFollowingWords(text, end);
  const mention: NumberMention = {
    value,
    low: value - figure.halfUnit,
    high: value + figure.halfUnit,
    ...(currency === undefined ? {} : { currency }),
    ...(percent ? { percent } : {}),
    ...(following.unitWord === undefined ? {} : { unitWord: following.unitWord }),
    followingWords: following.words,
    isYear,
    isDatePart: (isYear || isDay) && isNextToMonth(text, start, figure.end),
    isLabel: wholeNumber && followsLabel(text, start),
    ...(figure.fraction === true && !figure.scaled ? { isFraction: true } : {}),
    qualifier: qualifierAround(text, start, end),
    spelled: figure.spelled,
    start,
    end,
    text: text.slice(start, end),
  };
  return { kind: 'mention', mention };
}

/** Full-width forms (U+FF01 to U+FF5E): "２０億", "＄５" are read as their ASCII twins. */
const FULL_WIDTH_RE = /[\uFF01-\uFF5E\uFFE0-\uFFE6]/g;

/** Full-width signs whose plain form is not their ASCII twin. */
const FULL_WIDTH_SIGNS: Readonly<Record<string, string>> = {
  '\uFFE0': '\u00A2',
  '\uFFE1': '\u00A3',
  '\uFFE5': '\u00A5',
  '\uFFE6': '\u20A9',
};

/**
 * The text with full-width digits, letters and signs replaced by their ordinary forms, one UTF-16 unit for one,
 * so every offset into it is an offset into the text as written.
 */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_RE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : (FULL_WIDTH_SIGNS[ch] ?? ch);
  });
}

/** True when a minus sign or a bare decimal point at `pos` starts a figure ("-5", "−3.2%", ".5"). */
function startsSignedOrBareDecimal(text: string, pos: number): boolean {
  const ch = text.charAt(pos);
  if (ch !== '-' && ch !== '\u2212' && ch !== '.') return false;
  const next = text.charAt(pos + 1);
  const prev = text.charAt(pos - 1);
  const standsAlone = prev === '' || !(isWordChar(prev) || prev === '.' || prev === ',' || HYPHENS.includes(prev));
  if (ch === '.') return standsAlone && isDigit(next);
  return standsAlone && (isDigit(next) || (next === '.' && isDigit(text.charAt(pos + 2))));
}

/**
 * Finds every figure in `text`, in order, with the range its stated precision allows. Figures glued to letters
 * or slashes ("COVID-19", "G7", "S/2019/691", "5G"), ordinals and fractions ("3rd", "twenty-first", "two-thirds"),
 * decades ("1990s"), times ("10:30"), the "19" of "2018-19" and figures inside web addresses are not read. "one"
 * is read as 1 even as a pronoun ("the one that"), except in "no one", "one another" and "one-off"; the article
 * "a" counts only before a scale ("a million", "a dozen"). A figure after a space is read whatever precedes it,
 * so "Windows 10" and "resolution 2464" are read, with `isLabel` set.
 */
export function readNumbers(written: string): NumberMention[] {
  const text = halfWidth(written);
  const mentions: NumberMention[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text.charAt(pos);
    let attempt: Attempt;
    if ((isDigit(ch) || ch === '+' || ch === '(') && (pos === 0 || !isWordChar(text.charAt(pos - 1)))) {
      const phone = matchAt(PHONE_RE, text, pos);
      if (phone) {
        pos += phone[0].length;
        continue;
      }
    }
    if (isLetter(ch)) {
      const url = ch === 'h' || ch === 'H' || ch === 'w' || ch === 'W' ? matchAt(URL_RE, text, pos) : null;
      if (url) {
        pos += Math.max(1, url[0].length);
        continue;
      }
      attempt = readMentionAt(text, pos);
    } else if (
      isDigit(ch) ||
      CURRENCY_SIGN_CHARS.has(ch) ||
      VULGAR_FRACTIONS[ch] !== undefined ||
      startsSignedOrBareDecimal(text, pos)
    ) {
      attempt = readMentionAt(text, pos);
    } else {
      pos += 1;
      continue;
    }
    if (attempt.kind === 'mention') {
      const { value, low, high } = attempt.mention;
      // An exponent beyond what a double holds (`2.2e912`) gives Infinity, which no claim can be
      // compared with; such a span is not a figure, and is passed over like an identifier.
      if (!Number.isFinite(value) || !Number.isFinite(low) || !Number.isFinite(high)) {
        pos = Math.max(pos + 1, attempt.mention.end);
        continue;
      }
      // The mention's text is the text as written, full-width digits and all.
      mentions.push(
        text === written
          ? attempt.mention
          : { ...attempt.mention, text: written.slice(attempt.mention.start, attempt.mention.end) },
      );
      pos = Math.max(pos + 1, attempt.mention.end);
    } else {
      pos = Math.max(pos + 1, attempt.skipTo);
    }
  }
  return mentions;
}
