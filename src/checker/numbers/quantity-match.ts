/**
 * Matching a claim's quantities against the figures read from text: whether a quote states a quantity
 * (`quantity-unsupported`), and whether a quantity backs a figure in a headline (`headline-number`).
 */
import { currencyCodeOf } from './currencies.ts';
import type { NumberMention } from './number-mention.ts';
import { halfUnitOf } from './precision.ts';
import { qualifierSupports, type QualifierId } from './qualifiers.ts';
import { canonicalUnitWord, unitWordsFollow } from './unit-words.ts';

/**
 * The shape of a claim's quantity that matching needs. Structural, so the checker can pass the schema's
 * `Quantity` without this module importing the schema (and with it Astro).
 */
export interface QuantityToMatch {
  /** The figure in full: 2000000000, not 2 or "2bn". */
  value: number;
  /** An ISO 4217 code ("USD"), "%", or a plain unit ("people", "BTC"). */
  unit: string;
  /**
   * How the claim relates the figure to the truth: "exactly" (the default), "about", "up-to", "at-least",
   * "more-than" or "less-than". "about" widens the figure's range by 5%; each must follow from the quote's own
   * qualifier (see `qualifierSupports`).
   */
  qualifier?: string;
}

/** How far an "about" quantity may sit outside a quote's stated range, as a fraction of the quantity's value. */
export const ABOUT_TOLERANCE = 0.05;

/** Units that mean a percentage. */
const PERCENT_UNITS: ReadonlySet<string> = new Set(['%', 'percent', 'per cent', 'pct']);

/**
 * Relative slack when comparing with a range's ends: ranges are computed in floating point ("0.45" is not
 * exactly 0.45), and a value on the edge of a stated precision must count as inside it.
 */
const EDGE_SLACK = 1e-12;

const UNIT_SEPARATOR_RE = /[\s\u2010\u2011-]+/;

/** What a unit requires of a mention. */
type UnitKind = { kind: 'currency'; code: string } | { kind: 'percent' } | { kind: 'plain'; words: string[] };

function unitKind(unit: string): UnitKind {
  const trimmed = unit.trim();
  if (PERCENT_UNITS.has(trimmed.toLowerCase())) return { kind: 'percent' };
  const code = currencyCodeOf(trimmed);
  if (code !== undefined) return { kind: 'currency', code };
  return { kind: 'plain', words: trimmed.split(UNIT_SEPARATOR_RE).filter(Boolean).map(canonicalUnitWord) };
}

function unitFits(kind: UnitKind, mention: NumberMention): boolean {
  switch (kind.kind) {
    case 'currency':
      return mention.currency === kind.code;
    case 'percent':
      return mention.percent === true;
    case 'plain':
      return (
        mention.currency === undefined &&
        mention.percent !== true &&
        unitWordsFollow(kind.words, mention.followingWords)
      );
  }
}

/** True when `value` lies in [low, high], ends included, forgiving floating-point error at the ends. */
export function isWithin(value: number, low: number, high: number): boolean {
  const slack = Math.max(Math.abs(low), Math.abs(high)) * EDGE_SLACK;
  return value >= low - slack && value <= high + slack;
}

/** Why no mention states a quantity, for the message; the first that applies is given. */
export type QuantityVerdict =
  | { stated: true; mention: NumberMention }
  /** The figure and unit are there, but the quote qualifies the figure in a way that does not support the claim's. */
  | { stated: false; why: 'qualifier'; mention: NumberMention; quoted: QualifierId; claimed: QualifierId }
  /** A figure in the unit is there and rounds to the quantity, but states it less precisely than the claim does. */
  | { stated: false; why: 'less-precise'; mention: NumberMention }
  /** The figure is there, in another unit. */
  | { stated: false; why: 'unit'; mentions: NumberMention[] }
  /** No figure in reach. */
  | { stated: false; why: 'figure' };

/**
 * The range a quote's figure must lie in to state the quantity: half a unit of the quantity's last significant
 * digit either side (`2200000000` allows 2.15e9 to 2.25e9), widened by 5% of the value when the claim says about.
 */
export function statedRange(quantity: QuantityToMatch): { low: number; high: number } {
  const widen =
    halfUnitOf(quantity.value) + (quantity.qualifier === 'about' ? Math.abs(quantity.value) * ABOUT_TOLERANCE : 0);
  return { low: quantity.value - widen, high: quantity.value + widen };
}

/**
 * Judges whether some mention states the quantity, as the contract's Figures section defines it. Precision
 * flows one way: a mention states the quantity when its figure lies within half a unit of the quantity's last
 * significant digit (so "$1.66 billion" states 1.7e9, but "two billion" does not state 2.2e9); its unit is
 * compatible; and its qualifier supports the claim's ("up to two billion" supports only up-to).
 *
 * Units: a currency code needs a mention in that same currency ("£67 million" does not state USD, and a bare
 * figure states no currency); "%" needs a percentage; a plain unit needs a mention with no currency or percent
 * whose following words include the unit, forgiving case and plural and treating BTC as bitcoin and ETH as ether.
 */
export function judgeQuantity(quantity: QuantityToMatch, mentions: readonly NumberMention[]): QuantityVerdict {
  const kind = unitKind(quantity.unit);
  const { low, high } = statedRange(quantity);
  const claimed = (quantity.qualifier ?? 'exactly') as QualifierId;
  let qualifierMiss: QuantityVerdict | undefined;
  let lessPrecise: QuantityVerdict | undefined;
  const otherUnits: NumberMention[] = [];
  for (const mention of mentions) {
    const figureFits = isWithin(mention.value, low, high);
    const unitOk = unitFits(kind, mention);
    if (figureFits && unitOk) {
      if (qualifierSupports(mention.qualifier, claimed)) return { stated: true, mention };
      qualifierMiss ??= { stated: false, why: 'qualifier', mention, quoted: mention.qualifier, claimed };
    } else if (unitOk && isWithin(quantity.value, mention.low, mention.high)) {
      lessPrecise ??= { stated: false, why: 'less-precise', mention };
    } else if (figureFits && !mention.isYear && !mention.isDatePart) {
      otherUnits.push(mention);
    }
  }
  return (
    qualifierMiss ??
    lessPrecise ??
    (otherUnits.length ? { stated: false, why: 'unit', mentions: otherUnits } : { stated: false, why: 'figure' })
  );
}

/** True when some mention states the quantity (see {@link judgeQuantity}). */
export function quantityIsStated(quantity: QuantityToMatch, mentions: readonly NumberMention[]): boolean {
  return judgeQuantity(quantity, mentions).stated;
}

/**
 * True when the quantity backs a figure in a headline or summary: the value lies in the figure's stated range
 * (so "$2.2bn" is not backed by 2000000000, while "$2bn" and "two billion" are). A figure with a currency needs a
 * quantity in that currency, and a percentage needs a "%" quantity; a bare figure accepts any unit, because a
 * headline often leaves the unit to the sentence around it.
 */
export function quantityBacksMention(quantity: Omit<QuantityToMatch, 'qualifier'>, mention: NumberMention): boolean {
  if (!isWithin(quantity.value, mention.low, mention.high)) return false;
  const kind = unitKind(quantity.unit);
  if (mention.currency !== undefined) return kind.kind === 'currency' && kind.code === mention.currency;
  if (mention.percent === true) return kind.kind === 'percent';
  return true;
}
