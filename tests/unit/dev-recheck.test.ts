import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAgainAt, type CachedCheck } from '../../src/checker/check-cache-fs.ts';
import type { CheckCache } from '../../src/checker/check-cache.ts';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';
import { formatDiagnostic } from '../../src/checker/format.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/*
 * `astro dev` checks again on every save, from the check before kept in memory: only the saved
 * file and the files whose diagnostics depend on it are read and judged again. Whatever the edits,
 * it must report exactly what a fresh full check reports.
 */

const root = mkdtempSync(join(tmpdir(), 'corroborate-dev-recheck-'));
cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const options = { rules: {} };
const today = '2026-12-06';
const fresh = async () => (await checkProjectAt(root, { options, today })).diagnostics.map(formatDiagnostic);
const lines = (check: CachedCheck) => check.result.diagnostics.map(formatDiagnostic);

function edit(file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('a check on save, from the check before it', () => {
  it('reports what a fresh check reports through edits that break and mend, judging only what they touch', async () => {
    let cache: CheckCache | undefined;
    const again = async () => {
      const check = await checkAgainAt(root, { options, today }, cache);
      cache = check.cache;
      return check;
    };
    const first = await again();
    expect(lines(first)).toEqual(await fresh());
    const fileCount = first.checked;
    expect(fileCount).toBeGreaterThan(10);

    const unchanged = await again();
    expect(unchanged.checked).toBe(0);
    expect(unchanged.reused).toBe(fileCount);

    edit(
      'content/briefings/lazarus-exchange-thefts.mdx',
      'source: group-ib-lazarus-exchange-thefts',
      'source: group-ib-lazarus-exchange-theft',
    );
    const broken = await again();
    expect(
      lines(broken).some((line) => line.includes('lazarus-exchange-thefts.mdx') && line.includes('[unknown-source]')),
    ).toBe(true);
    expect(lines(broken)).toEqual(await fresh());
    // The edited briefing, and the source it no longer cites (which may now be unused), were judged.
    expect(broken.checked).toBeLessThanOrEqual(2);
    expect(broken.checked).toBeGreaterThanOrEqual(1);

    edit(
      'content/briefings/lazarus-exchange-thefts.mdx',
      'source: group-ib-lazarus-exchange-theft\n',
      'source: group-ib-lazarus-exchange-thefts\n',
    );
    edit('content/sources/group-ib-lazarus-exchange-thefts.yaml', 'title: ', 'title: Renamed ');
    const mended = await again();
    expect(lines(mended)).toEqual(await fresh());
    expect(lines(mended).some((line) => line.includes('[unknown-source]'))).toBe(false);
    expect(mended.checked).toBeLessThan(fileCount);
  });

  it('asks only the files its watcher saw change for their status, and still finds files added and deleted', async () => {
    const first = await checkAgainAt(root, { options, today });
    const briefing = 'content/briefings/lazarus-exchange-thefts.mdx';
    const untouched = 'content/briefings/bangladesh-central-bank-heist.mdx';
    edit(briefing, 'source: group-ib-lazarus-exchange-thefts\n', 'source: group-ib-lazarus-exchange-theft\n');
    // A source added and one deleted, of which the watcher said nothing here.
    const sourceText = readFileSync(join(root, 'content/sources/group-ib-lazarus-exchange-thefts.yaml'), 'utf8');
    writeFileSync(join(root, 'content/sources/an-added-source.yaml'), sourceText);
    const deleted = 'content/sources/ap-un-report-leak.yaml';
    const deletedText = readFileSync(join(root, deleted), 'utf8');
    unlinkSync(join(root, deleted));
    try {
      const watched = { stats: first.stats, changed: new Set([briefing]) };
      const second = await checkAgainAt(root, { options, today }, first.cache, undefined, watched);
      expect(lines(second)).toEqual(await fresh());
      expect(lines(second).some((line) => line.startsWith(briefing) && line.includes('[unknown-source]'))).toBe(true);
      expect(lines(second).some((line) => line.startsWith('content/sources/an-added-source.yaml'))).toBe(true);
      // The saved file was asked for its status; a file the watcher did not name kept the last one.
      expect(second.stats.get(briefing)).not.toBe(first.stats.get(briefing));
      expect(second.stats.get(untouched)).toBe(first.stats.get(untouched));
      expect(second.stats.has('content/sources/an-added-source.yaml')).toBe(true);
      expect(second.stats.has(deleted)).toBe(false);
    } finally {
      edit(briefing, 'source: group-ib-lazarus-exchange-theft\n', 'source: group-ib-lazarus-exchange-thefts\n');
      rmSync(join(root, 'content/sources/an-added-source.yaml'));
      writeFileSync(join(root, deleted), deletedText);
    }
  });
});
