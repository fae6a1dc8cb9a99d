import { z } from 'astro/zod';
import { briefingSchema } from './briefing.ts';

/**
 * A briefing as the site's content collection holds it: the frontmatter its editor wrote, plus
 * what the content loader read from its body once, when the file changed. The body itself is not
 * kept: its MDX module is compiled from the file, and a store that held every body (a third of
 * each file) made the build's content store, loaded whole before any page renders, half again as
 * large (`BENCHMARKS.md`).
 */
export const loadedBriefingSchema = briefingSchema.extend({
  /**
   * Not an editor's field (the checker refuses it in frontmatter): the ids of the claims the body
   * publishes, in the order a reader meets them, as `readClaimMarks` reads them.
   */
  claimOrder: z
    .array(z.string())
    .describe("Set by the content loader from the body: the claims' ids in reading order; never written by editors."),
});

export type LoadedBriefingData = z.output<typeof loadedBriefingSchema>;
