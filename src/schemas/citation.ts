import { z } from 'astro/zod';
import { slugSchema } from './slug.ts';

/** How a citation bears on its claim. */
export const STANCES = ['supports', 'disputes', 'context'] as const;
export const stanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof stanceSchema>;

/** One source cited for a claim. */
export const citationSchema = z.strictObject({
  /** The id of a source in `content/sources/`. */
  source: slugSchema.describe('The id of a source in content/sources/.'),
  /** How the source bears on the claim: supports (default), disputes or context. */
  stance: stanceSchema
    .default('supports')
    .describe('How the source bears on the claim: supports (default), disputes or context.'),
  /** A verbatim excerpt of the source; `...` or `…` stands for omitted text. */
  quote: z
    .string()
    .trim()
    .min(1, 'expected a non-empty quote, or no quote field')
    .optional()
    .describe('A verbatim excerpt of the source; ... or … stands for omitted text.'),
  /** Where in the source: `p. 26`, `para. 57`, `12:40`. */
  locator: z
    .union([z.string().trim().min(1), z.number().transform(String)])
    .optional()
    .describe('Where in the source: p. 26, para. 57, 12:40.'),
  /**
   * An English rendering of `quote` when the source is in another language: `quote` stays verbatim
   * in the original and is what is checked against the snapshot.
   */
  translation: z
    .string()
    .trim()
    .min(1, 'expected a non-empty translation, or no translation field')
    .optional()
    .describe('An English rendering of quote when the source is in another language; quote stays verbatim.'),
  /** Who translated the quote: a name, or `machine`. */
  translator: z
    .string()
    .trim()
    .min(1, 'expected who translated the quote: a name, or machine')
    .optional()
    .describe('Who translated the quote: a name, or machine.'),
  /** The id of the secondary source through which this one was seen. */
  via: slugSchema.optional().describe('The id of the secondary source through which this one was seen.'),
});

export type Citation = z.output<typeof citationSchema>;
