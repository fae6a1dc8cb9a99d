import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { newestFirst } from '../lib/briefing-order.ts';
import { claimsFileFromPacks } from '../outputs/claims-file.ts';
import { EVIDENCE_PACK_SCHEMA_PATH, type EvidencePack } from '../outputs/evidence-pack.ts';
import type { Publication } from '../outputs/publication.ts';
import { jsonFileText } from '../outputs/responses.ts';
import type { SiteUrls } from '../outputs/site-urls.ts';

/** A briefing's evidence pack in the output: `briefings/<slug>.json` (not `.csl.json` or `.stix.json`). */
const PACK_FILE = /^[a-z0-9-]+\.json$/;

/**
 * Writes `/claims.json` into a site built whole, once Astro has written every page, from the
 * briefings' evidence packs, which hold the very claim records the file lists. As a page, it took
 * 30 s at 10,000 briefings (440 MB) and was the build's memory peak: Astro holds an endpoint's
 * whole body, twice over, before it writes it, which raised the build's memory by 2.4 GB. Here one
 * briefing's records are in memory at a time, and the file is the same byte for byte (tests hold
 * it to what `astro dev` and sharded builds serve from the route). Packs are read twice, once for
 * their order and once to write them, so that none is held longer than its turn.
 */
export function writeClaimsFile(outDir: string, urls: SiteUrls, publication: Publication): { claims: number } {
  const folder = join(outDir, 'briefings');
  const schema = urls.page(EVIDENCE_PACK_SCHEMA_PATH);
  const readPack = (name: string): EvidencePack => {
    const pack = JSON.parse(readFileSync(join(folder, name), 'utf8')) as EvidencePack;
    // Anything else under that name would put wrong claims in the export: stop instead.
    if (pack.$schema !== schema) throw new Error(`briefings/${name} is not an evidence pack of this site (${schema})`);
    return pack;
  };
  const names = existsSync(folder) ? readdirSync(folder).filter((name) => PACK_FILE.test(name)) : [];
  const order = names
    .map((name) => {
      const { briefing } = readPack(name);
      return { name, slug: briefing.slug, published: briefing.published };
    })
    .sort(newestFirst);
  let claims = 0;
  const file = claimsFileFromPacks(
    function* () {
      for (const { name } of order) {
        const pack = readPack(name);
        claims += pack.claims.length;
        yield pack;
      }
    },
    publication,
    urls,
  );
  const descriptor = openSync(join(outDir, 'claims.json'), 'w');
  try {
    for (const text of jsonFileText(file)) writeSync(descriptor, text);
  } finally {
    closeSync(descriptor);
  }
  return { claims };
}
