import type { z } from 'astro/zod';
import { CLAIMS_SCHEMA_PATH, claimsFileSchema } from './claims-file.ts';
import { EVIDENCE_PACK_SCHEMA_PATH, evidencePackSchema } from './evidence-pack.ts';
import { jsonSchemaDocument, type JsonSchema } from './json-schema.ts';
import type { SiteUrls } from './site-urls.ts';
import { SOURCES_SCHEMA_PATH, sourcesFileSchema } from './sources-file.ts';

/** Each export's schema: where it is published, its zod schema, and what it describes. */
const EXPORTS: readonly { path: string; schema: z.ZodType; title: string; describes: string }[] = [
  {
    path: CLAIMS_SCHEMA_PATH,
    schema: claimsFileSchema,
    title: 'Published claims',
    describes: '/claims.json: every published claim, with its briefing and its sources resolved',
  },
  {
    path: SOURCES_SCHEMA_PATH,
    schema: sourcesFileSchema,
    title: 'Source library',
    describes: '/sources.json: every source, with the published claims citing it',
  },
  {
    path: EVIDENCE_PACK_SCHEMA_PATH,
    schema: evidencePackSchema,
    title: 'Briefing evidence pack',
    describes: '/briefings/<slug>.json: one briefing with its claims and every source they cite',
  },
];

/** Where the export schemas are published, for the route that writes them. */
export const EXPORT_SCHEMA_PATHS: readonly string[] = EXPORTS.map((entry) => entry.path);

/**
 * The JSON Schema published at `path`, beside the export it describes. It is written from the zod
 * schema that types the export's own builder, so the two cannot drift apart.
 */
export function exportSchema(path: string, urls: SiteUrls): JsonSchema {
  const entry = EXPORTS.find((candidate) => candidate.path === path);
  if (!entry) throw new Error(`no export schema is published at ${path}`);
  return jsonSchemaDocument(
    entry.schema,
    { $id: urls.page(path), title: entry.title, description: `${entry.describes}, at ${urls.root}.` },
    'output',
  );
}
