import { z } from 'astro/zod';
import type { BriefingView, SourceEntry } from '../lib/briefing-view.ts';
import { correctionSchema, isoDateSchema, slugSchema } from '../schemas/index.ts';
import { claimRecord, claimRecordSchema } from './claim-record.ts';
import { publicationSchema, type Publication } from './publication.ts';
import type { SiteUrls } from './site-urls.ts';
import { lookUpSource, sourceRecord, sourceRecordSchema } from './source-record.ts';
import { stixPath } from './stix.ts';

/** Where the JSON Schema of this export is published. */
export const EVIDENCE_PACK_SCHEMA_PATH = '/schema/evidence-pack.schema.json';

/** `/briefings/<slug>.json`: one briefing's evidence, complete enough to check it offline. */
export const evidencePackSchema = z.strictObject({
  $schema: z.url().describe('The JSON Schema this file follows.'),
  publication: publicationSchema.describe('Who publishes the briefing.'),
  briefing: z
    .strictObject({
      slug: slugSchema.describe("The briefing's slug."),
      url: z.url().describe("The briefing's page."),
      stix: z.url().describe('The same briefing as a STIX 2.1 bundle, for threat-intelligence platforms.'),
      title: z.string().describe('The headline.'),
      summary: z.string().describe('One or two sentences summing the briefing up.'),
      published: isoDateSchema.describe('The day it was first published.'),
      updated: isoDateSchema.optional().describe('The day of its last substantive update.'),
      authors: z.array(z.string()).describe('Bylines.'),
      topics: z.array(slugSchema).describe('Topic slugs.'),
      corrections: z.array(correctionSchema).describe('Dated corrections, oldest first.'),
    })
    .describe('The briefing itself.'),
  claims: z.array(claimRecordSchema).describe('Its claims, in the order a reader meets them.'),
  sources: z
    .array(sourceRecordSchema)
    .describe('Every source its claims cite, directly or as the channel (via), in order of first use.'),
});

export type EvidencePack = z.output<typeof evidencePackSchema>;

export function evidencePack(
  view: BriefingView,
  sources: ReadonlyMap<string, SourceEntry>,
  publication: Publication,
  urls: SiteUrls,
): EvidencePack {
  const { data } = view;
  const cited = [
    ...new Set(
      view.claims.flatMap((claim) => claim.uses.flatMap((use) => [use.source.id, ...(use.via ? [use.via.id] : [])])),
    ),
  ];
  return {
    $schema: urls.page(EVIDENCE_PACK_SCHEMA_PATH),
    publication,
    briefing: {
      slug: view.slug,
      url: urls.briefing(view.slug),
      stix: urls.page(stixPath(view.slug)),
      title: data.title,
      summary: data.summary,
      published: data.published,
      ...(data.updated !== undefined && { updated: data.updated }),
      authors: [...(data.authors ?? [])],
      topics: [...(data.topics ?? [])],
      corrections: [...(data.corrections ?? [])]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map(({ date, text }) => ({ date, text })),
    },
    claims: view.claims.map((claim) => claimRecord(view.slug, claim, sources, urls)),
    sources: cited.map((id) => sourceRecord(lookUpSource(sources, id), urls)),
  };
}
