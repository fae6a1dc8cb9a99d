import { z } from 'astro/zod';

/** How a stated figure relates to the true value. */
export const QUALIFIERS = ['exactly', 'about', 'up-to', 'at-least', 'more-than', 'less-than'] as const;
export const qualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof qualifierSchema>;

/** A number a claim states, which its supporting quotes must state too. */
export const quantitySchema = z.strictObject({
  /** The figure in full: 2000000000, not 2 or "2bn". */
  value: z.number().describe('The figure in full: 2000000000, not 2 or "2bn".'),
  /** An ISO 4217 currency code (`USD`, `GBP`, `KRW`) or a plain unit (`people`, `%`, `BTC`). */
  unit: z
    .string()
    .trim()
    .min(1, 'expected a unit such as "USD" or "people"')
    .describe('An ISO 4217 currency code (USD, GBP, KRW) or a plain unit (people, %, BTC).'),
  /** How the figure relates to the true value: exactly (default), about, up-to, at-least, more-than, less-than. */
  qualifier: qualifierSchema
    .default('exactly')
    .describe(
      'How the figure relates to the true value: exactly (default), about, up-to, at-least, more-than, less-than.',
    ),
});

export type Quantity = z.output<typeof quantitySchema>;
