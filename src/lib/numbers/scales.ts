/**
 * Scale words and abbreviations ("billion", "bn", "m", "k") and where each may appear. Scales are kept as powers
 * of ten so that a figure and its precision are computed exactly: "2.2bn" is 22 × 10^8, not 2.2 × 1e9.
 */
import { matchAt } from './text-scan.ts';

/** Powers of ten for the spelled-out scales, which number words and digits share ("two billion", "2 billion"). */
export const SCALE_WORD_EXPONENTS: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
};

/** Powers of ten for the abbreviations; "billion" is the short scale (10^9), as in all current English news. */
const ABBREVIATION_EXPONENTS: Readonly<Record<string, number>> = {
  k: 3,
  m: 6,
  mn: 6,
  mln: 6,
  b: 9,
  bn: 9,
  bln: 9,
  tn: 12,
  trn: 12,
  trln: 12,
};

/** The power of ten a scale word or abbreviation stands for, in any letter case. */
export function scaleExponent(written: string): number | undefined {
  const lower = written.toLowerCase();
  return SCALE_WORD_EXPONENTS[lower] ?? ABBREVIATION_EXPONENTS[lower];
}

/**
 * A scale glued to digits ("65m", "$2b", "10K", "2bn"). Only here is a lone "b" a scale: spaced, it is too often
 * something else.
 */
const GLUED_SCALE_RE = /(trillion|billion|million|thousand|trln|trn|tn|bln|bn|b|mln|mn|m|k)(?![\p{L}\p{N}])/iuy;

/** A scale after a space or hyphen ("$2.2 bn", "65 million", "5-million"); never the ambiguous "m", "k" or "b". */
const SPACED_SCALE_RE =
  /(?:\s+|[-\u2010\u2011])(trillion|billion|million|thousand|trln|trn|tn|bln|bn|mln|mn)(?![\p{L}\p{N}])/iuy;

/**
 * A spaced scale after a figure that has a currency sign: "£5 m" is money, where a bare "5 m" is more likely
 * five metres.
 */
const SPACED_MONEY_SCALE_RE =
  /(?:\s+|[-\u2010\u2011])(trillion|billion|million|thousand|trln|trn|tn|bln|bn|mln|mn|m|k)(?![\p{L}\p{N}])/iuy;

/** A scale read after a figure: its power of ten and the offset just past it. */
export interface ScaleMatch {
  /** The power of ten the scale multiplies by. */
  exponent: number;
  /** The offset just past the scale word, so the mention's span can include it. */
  end: number;
}

function toScaleMatch(match: RegExpExecArray | null, pos: number): ScaleMatch | undefined {
  const written = match?.[1];
  if (match === null || written === undefined) return undefined;
  const exponent = scaleExponent(written);
  return exponent === undefined ? undefined : { exponent, end: pos + match[0].length };
}

/** Reads a scale glued to the digits that end at `pos`. */
export function readGluedScale(text: string, pos: number): ScaleMatch | undefined {
  return toScaleMatch(matchAt(GLUED_SCALE_RE, text, pos), pos);
}

/** Reads a scale after white space or a hyphen; `money` also admits "m" and "k", as in "£5 m". */
export function readSpacedScale(text: string, pos: number, money: boolean): ScaleMatch | undefined {
  return toScaleMatch(matchAt(money ? SPACED_MONEY_SCALE_RE : SPACED_SCALE_RE, text, pos), pos);
}
