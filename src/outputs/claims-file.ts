import { z } from 'astro/zod';
import type { BriefingView, SourceEntry } from '../lib/briefing-view.ts';
import { slugSchema } from '../schemas/index.ts';
import { claimRecord, claimRecordSchema, type ClaimRecord } from './claim-record.ts';
import type { EvidencePack } from './evidence-pack.ts';
import { publicationSchema, type Publication } from './publication.ts';
import { StreamedJsonArray } from './safe-json.ts';
import type { SiteUrls } from './site-urls.ts';

/** Where the JSON Schema of this export is published. */
export const CLAIMS_SCHEMA_PATH = '/schema/claims.schema.json';

/** `/claims.json`: every published claim, each with its briefing and its sources resolved. */
export const claimsFileSchema = z.strictObject({
  $schema: z.url().describe('The JSON Schema this file follows.'),
  publication: publicationSchema.describe('Who publishes the claims.'),
  claims: z
    .array(
      claimRecordSchema.extend({
        briefing: z
          .strictObject({
            slug: slugSchema.describe("The briefing's slug."),
            title: z.string().describe("The briefing's headline."),
            url: z.url().describe("The briefing's page."),
          })
          .describe('The briefing that makes the claim.'),
      }),
    )
    .describe('Every published claim: briefings newest first, claims in the order a reader meets them.'),
});

export type ClaimsFile = z.output<typeof claimsFileSchema>;
type ClaimsFileRecord = ClaimsFile['claims'][number];

/** `/claims.json` as it is written: its claim records made briefing by briefing as they are written. */
export type StreamedClaimsFile = Omit<ClaimsFile, 'claims'> & { claims: StreamedJsonArray<ClaimsFileRecord> };

/** One briefing's claim records, as `/claims.json` lists them. */
interface BriefingClaims {
  slug: string;
  title: string;
  claims: readonly ClaimRecord[];
}

/** `/claims.json` of the given briefings, in their order; its records are made as they are written. */
function claimsFileOf(
  briefings: () => Iterable<BriefingClaims>,
  publication: Publication,
  urls: SiteUrls,
): StreamedClaimsFile {
  function* records(): Generator<ClaimsFileRecord> {
    for (const { slug, title, claims } of briefings()) {
      const briefing = { slug, title, url: urls.briefing(slug) };
      for (const claim of claims) yield { briefing, ...claim };
    }
  }
  return { $schema: urls.page(CLAIMS_SCHEMA_PATH), publication, claims: new StreamedJsonArray(records) };
}

/**
 * Builds `/claims.json` from the published briefings (never drafts: the caller passes those only),
 * newest first. Its records are made as they are written, one briefing's at a time
 * (`[...file.claims]` for all). `astro dev` and sharded builds serve this; a site built whole
 * assembles the same file from its evidence packs (`claimsFileFromPacks`).
 */
export function claimsFile(
  views: readonly BriefingView[],
  sources: ReadonlyMap<string, SourceEntry>,
  publication: Publication,
  urls: SiteUrls,
): StreamedClaimsFile {
  return claimsFileOf(
    function* () {
      for (const view of views)
        yield {
          slug: view.slug,
          title: view.data.title,
          claims: view.claims.map((claim) => claimRecord(view.slug, claim, sources, urls)),
        };
    },
    publication,
    urls,
  );
}

/**
 * The same `/claims.json` from the briefings' evidence packs (`/briefings/<slug>.json`), which
 * hold each briefing's claim records exactly as `claimsFile` makes them; `packs` gives them
 * newest first (`newestFirst`), each read when its turn comes.
 */
export function claimsFileFromPacks(
  packs: () => Iterable<Pick<EvidencePack, 'briefing' | 'claims'>>,
  publication: Publication,
  urls: SiteUrls,
): StreamedClaimsFile {
  return claimsFileOf(
    function* () {
      for (const { briefing, claims } of packs()) yield { slug: briefing.slug, title: briefing.title, claims };
    },
    publication,
    urls,
  );
}
