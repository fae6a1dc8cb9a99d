import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';
import { formatDiagnostic } from '../../src/checker/format.ts';
import { devChecks } from '../../src/integration/dev-checks.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/*
 * `astro dev` checks each save from the last check's results. What it reports must be what a
 * full check reports, and a page with errors must find the files it is made from.
 */

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A copy of the sample publication, to break and mend. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-dev-checks-'));
  roots.push(root);
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const options = { rules: {} };
const BRIEFING = 'content/briefings/lazarus-exchange-thefts.mdx';

describe('the checks of astro dev', () => {
  it('report what a full check reports, through a break and its mend', async () => {
    const root = project();
    const { check } = devChecks({ root, options });
    const full = async () => (await checkProjectAt(root, { options })).diagnostics.map(formatDiagnostic);
    const clean = await check();
    expect(clean.result.diagnostics.map(formatDiagnostic)).toEqual(await full());
    expect(clean.result.errorCount).toBe(0);
    // Nothing to show a page instead of itself: no page needs to know its files.
    expect(clean.cites.size).toBe(0);

    const text = readFileSync(join(root, BRIEFING), 'utf8');
    writeFileSync(
      join(root, BRIEFING),
      text.replace('group-ib-lazarus-exchange-thefts', 'group-ib-lazarus-exchange-theft'),
    );
    // Told of the save, as the dev server's watcher tells it.
    const broken = await check([BRIEFING]);
    const lines = broken.result.diagnostics.map(formatDiagnostic);
    expect(lines).toEqual(await full());
    expect(lines.some((line) => line.startsWith(BRIEFING) && line.includes('[unknown-source]'))).toBe(true);
    // Now a page must find its files: the briefing with the sources it cites, and every source.
    expect(broken.cites.get(BRIEFING)).toContain('group-ib-lazarus-exchange-theft');
    expect(broken.cites.get('content/sources/group-ib-lazarus-exchange-thefts.yaml')).toEqual([]);

    writeFileSync(join(root, BRIEFING), text);
    const mended = await check([BRIEFING]);
    expect(mended.result.errorCount).toBe(0);
    expect(mended.result.diagnostics.map(formatDiagnostic)).toEqual(await full());
  });

  it('warm up by checking a briefing again, and the next save is judged as before', async () => {
    const root = project();
    const checks = devChecks({ root, options });
    // Nothing to warm up before the server's first check.
    expect(await checks.warmUp()).toBe(0);
    const first = await checks.check();
    // The warm-up checks a briefing again (reading the sources it cites), as a save's check would.
    expect(await checks.warmUp()).toBe(1);

    const text = readFileSync(join(root, BRIEFING), 'utf8');
    writeFileSync(join(root, BRIEFING), text.replace('group-ib-lazarus-exchange-thefts', 'nowhere-source'));
    const broken = await checks.check([BRIEFING]);
    const full = (await checkProjectAt(root, { options })).diagnostics.map(formatDiagnostic);
    expect(broken.result.diagnostics.map(formatDiagnostic)).toEqual(full);
    expect(broken.result.errorCount).toBeGreaterThan(first.result.errorCount);
  });
});
