import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLoadMemo } from '../../src/checker/check-project.ts';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';
import { formatDiagnostic } from '../../src/checker/format.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/*
 * `astro dev` re-checks on every save with a memo of the files it parsed last time. Whatever the
 * edits, a check with the memo must report exactly what a fresh check reports, and parse again
 * only the files whose text changed.
 */

const root = mkdtempSync(join(tmpdir(), 'corroborate-memo-'));
cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const options = { rules: {} };
const today = '2026-12-06';
const report = async (memo?: ReturnType<typeof createLoadMemo>) =>
  (await checkProjectAt(root, { options, today, ...(memo ? { memo } : {}) })).diagnostics.map(formatDiagnostic);

function edit(file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('a check with the memo of the last one', () => {
  it('reports what a fresh check reports through an edit that breaks a briefing and one that mends it', async () => {
    const memo = createLoadMemo();
    expect(await report(memo)).toEqual(await report());
    const kept = new Map(memo.briefings);
    const sources = new Map(memo.sources);

    edit(
      'content/briefings/lazarus-exchange-thefts.mdx',
      'source: group-ib-lazarus-exchange-thefts',
      'source: group-ib-lazarus-exchange-theft',
    );
    const broken = await report(memo);
    expect(
      broken.some((line) => line.includes('lazarus-exchange-thefts.mdx') && line.includes('[unknown-source]')),
    ).toBe(true);
    expect(broken).toEqual(await report());
    // The other briefings and every source were not parsed again; the edited briefing was.
    const reused = [...memo.briefings].filter(([key, loaded]) => kept.get(key) === loaded);
    expect(reused).toHaveLength(memo.briefings.size - 1);
    expect([...memo.sources].every(([key, loaded]) => sources.get(key) === loaded)).toBe(true);

    edit(
      'content/briefings/lazarus-exchange-thefts.mdx',
      'source: group-ib-lazarus-exchange-theft\n',
      'source: group-ib-lazarus-exchange-thefts\n',
    );
    edit('content/sources/group-ib-lazarus-exchange-thefts.yaml', 'title: ', 'title: Renamed ');
    expect(await report(memo)).toEqual(await report());
    expect(memo.sources.size).toBe(sources.size);
  });
});
