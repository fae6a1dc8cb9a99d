/**
 * Reading figures in prose and matching them with claims' quantities, for the `quantity-unsupported` and
 * `headline-number` checks. Pure TypeScript with no Node or Astro imports, so scripts can run it directly.
 */
export { currencyCodeOf } from './currencies.ts';
export type { NumberMention } from './number-mention.ts';
export { ABOUT_TOLERANCE, isWithin, quantityBacksMention, quantityIsStated } from './quantity-match.ts';
export type { QuantityToMatch } from './quantity-match.ts';
export { readNumbers } from './read-numbers.ts';
