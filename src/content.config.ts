import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader, snapshotLoader } from './integration/content-loader.ts';
import { loadedBriefingSchema, sourceSchema } from './schemas/index.ts';

/**
 * Ids come from file names, as in the editor contract. The project's own loader reads every file
 * exactly as the checker does, and the checker has already validated every file with these same
 * schemas (and stopped the build on any error) before Astro renders them.
 */
const briefings = defineCollection({ loader: contentLoader('briefings'), schema: loadedBriefingSchema });

const sources = defineCollection({ loader: contentLoader('sources'), schema: sourceSchema });

/**
 * The snapshots, read by the checker's reader, so quote links anchor in the text the quotes were
 * checked against. Each entry's id is its file name under `content/snapshots/`.
 */
const snapshots = defineCollection({
  loader: snapshotLoader(),
  schema: z.strictObject({
    /** The snapshot's text as the checker reads it, `[page N]` lines included. */
    text: z.string().describe("The snapshot's text as the checker reads it, [page N] lines included."),
  }),
});

export const collections = { briefings, sources, snapshots };
