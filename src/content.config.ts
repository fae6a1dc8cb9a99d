import { defineCollection } from 'astro:content';
import { contentLoader } from './integration/content-loader.ts';
import { briefingSchema, sourceSchema } from './schemas/index.ts';

/**
 * Ids come from file names, as in the editor contract. The project's own loader reads every file
 * exactly as the checker does, and the checker has already validated every file with these same
 * schemas (and stopped the build on any error) before Astro renders them.
 */
const briefings = defineCollection({ loader: contentLoader('briefings'), schema: briefingSchema });

const sources = defineCollection({ loader: contentLoader('sources'), schema: sourceSchema });

export const collections = { briefings, sources };
