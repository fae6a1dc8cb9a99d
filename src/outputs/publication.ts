import { z } from 'astro/zod';

/** Who publishes the exports: the site's identity, as the exports name it. */
export const publicationSchema = z.strictObject({
  name: z.string().describe("The publication's name."),
  url: z.url().describe("The publication's home page."),
});

export type Publication = z.output<typeof publicationSchema>;
