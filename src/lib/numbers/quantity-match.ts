/**
 * Matching a claim's quantities against the figures read from text: whether a quote states a quantity
 * (`quantity-unsupported`), and whether a quantity backs a figure in a headline (`headline-number`).
 */
import { currencyCodeOf } from './currencies.ts';
import type { NumberMention } from './number-mention.ts';
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
   * "more-than" or "less-than". Only "about" changes matching; the others need the stated figure itself.
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

/**
 * True when some mention states the quantity: its unit is compatible and the quantity's value lies in the range
 * the mention's precision allows, widened by 5% of the value when the qualifier is "about". The words of the
 * qualifier ("up to", "more than") need not appear in the text.
 *
 * Units: a currency code needs a mention in that same currency ("£67 million" does not state USD, and a bare
 * figure states no currency); "%" needs a percentage; a plain unit needs a mention with no currency or percent
 * whose following words include the unit, forgiving case and plural and treating BTC as bitcoin and ETH as ether.
 */
export function quantityIsStated(quantity: QuantityToMatch, mentions: readonly NumberMention[]): boolean {
  const kind = unitKind(quantity.unit);
  const widen = quantity.qualifier === 'about' ? Math.abs(quantity.value) * ABOUT_TOLERANCE : 0;
  return mentions.some(
    (mention) => unitFits(kind, mention) && isWithin(quantity.value, mention.low - widen, mention.high + widen),
  );
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
