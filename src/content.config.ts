import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { briefingSchema, sourceSchema } from './schemas/index.ts';

/**
 * Ids come from file names, as in the editor contract. The checker has already validated every
 * file with these same schemas (and stopped the build on any error) before Astro loads them.
 */
const briefings = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/briefings' }),
  schema: briefingSchema,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sources' }),
  schema: sourceSchema,
});

export const collections = { briefings, sources };
