import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';
import { heapLimitMegabytes } from '../../src/checker/heap-limit-fs.ts';
import { formatDiagnostic } from '../../src/checker/format.ts';
import { DevCheckThread } from '../../src/integration/dev-check-thread.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/*
 * `astro dev` checks each save on a thread of its own, so the server's thread is free for Astro's
 * work on the same save. What it reports must be what a full check reports, and where no thread
 * can start the checks must go on all the same.
 */

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A copy of the sample publication, to break and mend. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-dev-thread-'));
  roots.push(root);
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const options = { rules: {} };
const BRIEFING = 'content/briefings/lazarus-exchange-thefts.mdx';

async function breakAndMend(root: string, checks: DevCheckThread) {
  const full = async () => (await checkProjectAt(root, { options })).diagnostics.map(formatDiagnostic);
  const clean = await checks.check();
  expect(clean.result.diagnostics.map(formatDiagnostic)).toEqual(await full());
  expect(clean.result.errorCount).toBe(0);
  // Nothing to show a page instead of itself: the files behind pages are not sent.
  expect(clean.cites.size).toBe(0);

  const text = readFileSync(join(root, BRIEFING), 'utf8');
  writeFileSync(
    join(root, BRIEFING),
    text.replace('group-ib-lazarus-exchange-thefts', 'group-ib-lazarus-exchange-theft'),
  );
  const broken = await checks.check();
  const lines = broken.result.diagnostics.map(formatDiagnostic);
  expect(lines).toEqual(await full());
  expect(lines.some((line) => line.startsWith(BRIEFING) && line.includes('[unknown-source]'))).toBe(true);
  // Now a page must find its files: the briefing with the sources it cites, and every source.
  expect(broken.cites.get(BRIEFING)).toContain('group-ib-lazarus-exchange-theft');
  expect(broken.cites.get('content/sources/group-ib-lazarus-exchange-thefts.yaml')).toEqual([]);

  writeFileSync(join(root, BRIEFING), text);
  const mended = await checks.check();
  expect(mended.result.errorCount).toBe(0);
}

describe('the checks of astro dev', () => {
  it('run on a thread of their own and report what a full check reports, through a break and its mend', async () => {
    const root = project();
    const reasons: string[] = [];
    const checks = new DevCheckThread({ root, options }, (reason) => reasons.push(reason));
    await breakAndMend(root, checks);
    expect(checks.threaded).toBe(true);
    await checks.close();
    // Stopped on purpose: nothing to report, and a check asked after still answers.
    expect((await checks.check()).result.errorCount).toBe(0);
    expect(reasons).toEqual([]);
  });

  it('go on in the server’s own thread, reporting the same, when no thread can start', async () => {
    const root = project();
    const reasons: string[] = [];
    const checks = new DevCheckThread(
      { root, options },
      (reason) => reasons.push(reason),
      new URL('./no-such-entry.ts', import.meta.url),
    );
    await breakAndMend(root, checks);
    expect(checks.threaded).toBe(false);
    // Said once, with the reason.
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('no-such-entry.ts');
  });

  it('have the heap a check of the whole publication needs, as the build’s check process has', async () => {
    const checks = new DevCheckThread({ root: project(), options });
    expect(checks.heapLimitMegabytes).toBe(heapLimitMegabytes());
    expect(checks.heapLimitMegabytes).toBeGreaterThanOrEqual(Math.floor(totalmem() / 2 / 2 ** 20));
    await checks.close();
  });

  it('answer checks asked at once, each in turn', async () => {
    const checks = new DevCheckThread({ root: project(), options });
    const answers = await Promise.all([checks.check(), checks.check(), checks.check()]);
    expect(new Set(answers.map((answer) => answer.result.fileCount)).size).toBe(1);
    expect(checks.threaded).toBe(true);
    await checks.close();
  });
});
