import { z } from 'astro/zod';
import { claimSchema } from './claim.ts';
import { isoDateSchema } from './dates.ts';
import { slugSchema } from './slug.ts';

/** A dated correction, shown on the page and in feeds. */
export const correctionSchema = z.strictObject({
  /** The day the correction was made. */
  date: isoDateSchema.describe('The day the correction was made (YYYY-MM-DD).'),
  /** What was corrected, in a sentence readers understand. */
  text: z
    .string()
    .trim()
    .min(1, 'expected what was corrected')
    .describe('What was corrected, in a sentence readers understand.'),
});

/** The frontmatter of a briefing: `content/briefings/<slug>.mdx`. */
export const briefingSchema = z.strictObject({
  /** The headline. */
  title: z.string().trim().min(1, 'expected a non-empty title').describe('The headline.'),
  /** One or two sentences for listings, the meta description and feeds. */
  summary: z
    .string()
    .trim()
    .min(1, 'expected a one- or two-sentence summary')
    .describe('One or two sentences for listings, the meta description and feeds.'),
  /** The day the briefing was first published. */
  published: isoDateSchema.describe('The day the briefing was first published (YYYY-MM-DD).'),
  /** The day of the last substantive update; not before `published`. */
  updated: isoDateSchema
    .optional()
    .describe('The day of the last substantive update (YYYY-MM-DD); not before published.'),
  /** Bylines. */
  authors: z.array(z.string().trim().min(1)).optional().describe('Bylines.'),
  /** Topic slugs; each gets a page at `/topics/<topic>/`. */
  topics: z.array(slugSchema).optional().describe('Topic slugs; each gets a page at /topics/<topic>/.'),
  /** A draft is checked but never published. */
  draft: z
    .boolean()
    .optional()
    .describe('A draft is checked but never published (no page, search entry, feed item or export).'),
  /** Dated corrections, shown on the page and in feeds. */
  corrections: z.array(correctionSchema).optional().describe('Dated corrections, shown on the page and in feeds.'),
  /** The claims the briefing makes, at least one. */
  claims: z
    .array(claimSchema)
    .min(1, 'expected at least one claim')
    .describe('The claims the briefing makes, at least one.'),
});

export type BriefingInput = z.input<typeof briefingSchema>;
export type BriefingData = z.output<typeof briefingSchema>;
export type Correction = z.output<typeof correctionSchema>;
