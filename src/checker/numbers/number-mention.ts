import type { QualifierId } from './qualifiers.ts';

/**
 * One figure found in prose, with the range its wording allows. The checker compares claims' quantities with
 * these ranges instead of exact values, because "$2.2bn" states a precision as well as a value.
 */
export interface NumberMention {
  /** The figure in full, sign included: "$2.2bn" is 2200000000, "half a million" is 500000. */
  value: number;
  /**
   * The lowest value the stated precision allows: half a unit of the last stated digit below `value`. "$2.2bn"
   * is 2.15e9, "65 million" 64.5e6, "571" 570.5; spelled figures are read like their digits, so "two billion"
   * is 1.5e9.
   */
  low: number;
  /** The highest value the stated precision allows: "$2.2bn" is 2.25e9, "two billion" 2.5e9, "571" 571.5. */
  high: number;
  /** The ISO 4217 code of a currency sign, code or word written before or after the figure; absent for none. */
  currency?: string;
  /** Present (and true) when the figure is a percentage: "12%", "12 per cent", "12 percent". */
  percent?: boolean;
  /**
   * The lower-cased word right after the figure and any scale, currency word or percent sign, whatever it is
   * ("people" in "half a million people", "from" in "$81m from"); absent when punctuation or the end follows.
   */
  unitWord?: string;
  /**
   * Up to three lower-cased words after the figure, stopping before punctuation or a function word ("of",
   * "from", "and"...), so a unit can be found past a modifier: "10,000 customer accounts" gives
   * ["customer", "accounts"]. Empty when no such words follow.
   */
  followingWords: string[];
  /**
   * A standalone four-digit figure from 1000 to 2999 with no separator, decimals, sign, currency, scale or
   * percent: "in 2018", "2019 report", "mid-2017". Decided by form alone, so "resolution 2464" is a year too.
   */
  isYear: boolean;
  /** A plain day or year next to a month name: "16 September", "September 16", "August 2019". */
  isDatePart: boolean;
  /**
   * A plain figure right after a word that makes it a name rather than a count: "resolution 2464",
   * "Article 5", "Windows 10", "Flight 370", "No. 7". The figure is still reported; callers decide.
   */
  isLabel: boolean;
  /**
   * A fraction with no scale or currency: "two thirds", "½", "a quarter". Headlines use them for shares
   * ("two thirds of the funds"), which no claim counts, so the headline rule can pass over them.
   */
  isFraction?: boolean;
  /**
   * The qualifier the words next to the figure put on it ("up to two billion" is up to, "more than 10,000" more
   * than, "an estimated $2bn" about), or `exactly` for a bare figure. The nearest qualifier wins: "estimated at
   * up to two billion" is up to.
   */
  qualifier: QualifierId;
  /**
   * Written in words ("two billion", "a dozen", "one") rather than digits. "one" is read as 1 even as a pronoun
   * ("the one that"), so a caller may want to ignore small spelled figures in headlines.
   */
  spelled: boolean;
  /** UTF-16 offset of the first character of the mention: the minus sign, currency sign or code, or the figure. */
  start: number;
  /** UTF-16 offset just past the mention: past the figure, scale, trailing currency, or percent sign. */
  end: number;
  /** The mention as written, `input.slice(start, end)`. */
  text: string;
}
