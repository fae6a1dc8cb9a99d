/**
 * Reading figures in prose and matching them with claims' quantities, for the `quantity-unsupported` and
 * `headline-number` checks. Pure TypeScript with no Node or Astro imports, so scripts can run it directly.
 */
export { currencyCodeOf } from './currencies.ts';
export type { NumberMention } from './number-mention.ts';
export { halfUnitOf, lastDigitUnit } from './precision.ts';
export { qualifierAround, qualifierSupports, qualifierWords } from './qualifiers.ts';
export type { QualifierId } from './qualifiers.ts';
export {
  ABOUT_TOLERANCE,
  isWithin,
  judgeQuantity,
  quantityBacksMention,
  quantityIsStated,
  statedRange,
} from './quantity-match.ts';
export type { QuantityToMatch, QuantityVerdict } from './quantity-match.ts';
export { readNumbers } from './read-numbers.ts';
export { READER_LANGUAGES, readsLanguage } from './reader-languages.ts';
