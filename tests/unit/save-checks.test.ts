import { describe, expect, it } from 'vitest';
import { SaveChecks } from '../../src/integration/save-checks.ts';

/** A check the test finishes by hand, recording which saves each run was given. */
function controlledChecks() {
  const runs: string[][] = [];
  const finishers: (() => void)[] = [];
  const checks = new SaveChecks(
    (changed) =>
      new Promise<void>((resolve) => {
        runs.push([...changed]);
        finishers.push(resolve);
      }),
  );
  const finishNext = async () => {
    finishers.shift()?.();
    // Let the loop take its next turn.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { checks, runs, finishNext };
}

describe('the checks astro dev runs on save', () => {
  it('starts checking a save at once, with no quiet period first', () => {
    const { checks, runs } = controlledChecks();
    checks.saved('content/briefings/a.mdx');
    expect(runs).toEqual([['content/briefings/a.mdx']]);
  });

  it('checks the saves made during a check together, once, right after it', async () => {
    const { checks, runs, finishNext } = controlledChecks();
    checks.saved('content/briefings/a.mdx');
    checks.saved('content/briefings/b.mdx');
    checks.saved('content/sources/s.yaml');
    checks.saved('content/briefings/b.mdx');
    expect(runs).toHaveLength(1);
    await finishNext();
    expect(runs).toEqual([['content/briefings/a.mdx'], ['content/briefings/b.mdx', 'content/sources/s.yaml']]);
    await finishNext();
    expect(runs).toHaveLength(2);
  });

  it('lets a page wait until every save so far is checked, and not wait when none is pending', async () => {
    const { checks, finishNext } = controlledChecks();
    let settled = false;
    await checks.settled();
    checks.saved('content/briefings/a.mdx');
    void checks.settled().then(() => {
      settled = true;
    });
    checks.saved('content/briefings/b.mdx');
    await finishNext();
    expect(settled).toBe(false); // b's check is still running
    await finishNext();
    expect(settled).toBe(true);
  });
});
