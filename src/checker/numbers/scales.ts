/**
 * Scale words and abbreviations ("billion", "bn", "m", "k") and where each may appear. Scales are kept as powers
 * of ten so that a figure and its precision are computed exactly: "2.2bn" is 22 × 10^8, not 2.2 × 1e9.
 */
import { matchAt } from './text-scan.ts';

/**
 * Powers of ten for the spelled-out scales, which number words and digits share ("two billion", "2 billion"),
 * with the Indian lakh (10^5) and crore (10^7).
 */
export const SCALE_WORD_EXPONENTS: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  lakh: 5,
  lakhs: 5,
  crore: 7,
  crores: 7,
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
  tln: 12,
  trn: 12,
  trln: 12,
  mil: 6,
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
const GLUED_SCALE_RE =
  /(trillion|billion|million|thousand|crores?|lakhs?|trln|trn|tln|tn|bln|bn|b|mln|mil|mn|m|k)(?![\p{L}\p{N}])/iuy;

/** Finance's "MM" for million ("$5MM"), in capitals only: a lower-case "5mm" is five millimetres. */
const GLUED_MM_RE = /MM(?![\p{L}\p{N}])/uy;

/** A scale after a space or hyphen ("$2.2 bn", "65 million", "5-million"); never the ambiguous "m", "k" or "b". */
const SPACED_SCALE_RE =
  /(?:\s+|[-\u2010\u2011])(trillion|billion|million|thousand|crores?|lakhs?|trln|trn|tln|tn|bln|bn|mln|mn)(?![\p{L}\p{N}])/iuy;

/**
 * A spaced scale after a figure that has a currency sign: "£5 m" is money, where a bare "5 m" is more likely
 * five metres.
 */
const SPACED_MONEY_SCALE_RE =
  /(?:\s+|[-\u2010\u2011])(trillion|billion|million|thousand|crores?|lakhs?|trln|trn|tln|tn|bln|bn|mln|mil|mn|m|k)(?![\p{L}\p{N}])/iuy;

/** Indian copy's "lakh crore" (10^12): "₹1.5 lakh crore" is 1.5 × 10^12. */
const CRORE_AFTER_LAKH_RE = /\s+crores?(?![\p{L}\p{N}])/iuy;

/** A scale read after a figure: its power of ten and the offset just past it. */
export interface ScaleMatch {
  /** The power of ten the scale multiplies by. */
  exponent: number;
  /** The offset just past the scale word, so the mention's span can include it. */
  end: number;
}

function toScaleMatch(text: string, match: RegExpExecArray | null, pos: number): ScaleMatch | undefined {
  const written = match?.[1];
  if (match === null || written === undefined) return undefined;
  const exponent = scaleExponent(written);
  if (exponent === undefined) return undefined;
  const end = pos + match[0].length;
  const crore = exponent === 5 ? matchAt(CRORE_AFTER_LAKH_RE, text, end) : null;
  return crore ? { exponent: 12, end: end + crore[0].length } : { exponent, end };
}

/** Reads a scale glued to the digits that end at `pos`. */
export function readGluedScale(text: string, pos: number): ScaleMatch | undefined {
  const mm = matchAt(GLUED_MM_RE, text, pos);
  if (mm) return { exponent: 6, end: pos + mm[0].length };
  return toScaleMatch(text, matchAt(GLUED_SCALE_RE, text, pos), pos);
}

/** Reads a scale after white space or a hyphen; `money` also admits "m" and "k", as in "£5 m". */
export function readSpacedScale(text: string, pos: number, money: boolean): ScaleMatch | undefined {
  return toScaleMatch(text, matchAt(money ? SPACED_MONEY_SCALE_RE : SPACED_SCALE_RE, text, pos), pos);
}
