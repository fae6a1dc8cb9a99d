import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus, type CorpusManifest } from '../../scripts/bench/corpus.ts';
import { corpusDir } from '../../scripts/bench/paths.ts';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';
import { formatDiagnostic } from '../../src/checker/format.ts';
import { parse } from 'yaml';

/**
 * The benchmark's numbers mean something only if its corpus is a publication the product accepts
 * and the same arguments always give the same bytes. A small corpus proves both here.
 */
const N = 24;
const SEED = 7;

function digestOf(root: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  walk(join(root, 'content'));
  return hash.digest('hex');
}

describe('the benchmark corpus', () => {
  const root = corpusDir(N, SEED);
  let manifest: CorpusManifest;
  let digest: string;
  beforeAll(() => {
    manifest = writeCorpus(N, SEED);
    digest = digestOf(root);
  }, 60_000);

  it('passes npm run check without a single problem', { timeout: 60_000 }, async () => {
    const result = await checkProjectAt(root, { today: '2026-11-25' });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.fileCount).toBeGreaterThanOrEqual(N + manifest.sources);
  });

  it('writes the same bytes for the same size and seed, and other bytes for another seed', { timeout: 60_000 }, () => {
    writeCorpus(N, SEED);
    expect(digestOf(root)).toBe(digest);
    writeCorpus(N, SEED + 1);
    expect(digestOf(corpusDir(N, SEED + 1))).not.toBe(digest);
  });

  it('has the shape the benchmark issue asks for', () => {
    const folder = join(root, 'content/briefings');
    const files = readdirSync(folder);
    expect(files).toHaveLength(N);
    // About N/2 shared sources; 10 to 20 claims of 1 to 4 citations; about 1,500 words.
    expect(manifest.sources).toBeGreaterThanOrEqual(Math.floor(N / 2) - 2);
    expect(manifest.sources).toBeLessThanOrEqual(Math.ceil(N / 2) + 2);
    expect(manifest.bodyWords / N).toBeGreaterThan(1_200);
    expect(manifest.bodyWords / N).toBeLessThan(1_900);
    for (const file of files) {
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '';
      const data = parse(frontmatter) as { claims: { citations: unknown[] }[] };
      expect(data.claims.length, file).toBeGreaterThanOrEqual(10);
      expect(data.claims.length, file).toBeLessThanOrEqual(20);
      for (const claim of data.claims) {
        expect(claim.citations.length, file).toBeGreaterThanOrEqual(1);
        expect(claim.citations.length, file).toBeLessThanOrEqual(4);
      }
    }
  });
});
