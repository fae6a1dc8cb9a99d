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
 * The snapshots, listed by the checker's reader; pages read each one's text from its file as the
 * checker does (`src/data/content.ts`), so quote links anchor in the text the quotes were checked
 * against. The texts stay out of the content store: V8 compiles the store's module in time that
 * grows faster than its size (BENCHMARKS.md), and snapshots were a third of it. Each entry's id is
 * its file name under `content/snapshots/`; its digest is its text's.
 */
const snapshots = defineCollection({
  loader: snapshotLoader(),
  schema: z.strictObject({
    /** The snapshot file's absolute path, from which pages read its text. */
    path: z.string().describe("The snapshot file's absolute path, from which pages read its text."),
  }),
});

export const collections = { briefings, sources, snapshots };
