import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkInProcess } from '../../src/checker/check-in-process-fs.ts';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';

const FIXTURES = fileURLToPath(new URL('../checker/fixtures/', import.meta.url));

describe('the check a build runs in a process of its own', () => {
  // The build decides on this verdict; it must be the one `npm run check` gives, errors included.
  it('reports exactly what a check in this process reports', { timeout: 120_000 }, async () => {
    const folders = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .slice(0, 12);
    let errors = 0;
    for (const folder of folders) {
      const root = join(FIXTURES, folder);
      const here = await checkProjectAt(root, { options: {} });
      const there = await checkInProcess(root, {});
      expect(there.diagnostics, folder).toEqual(here.diagnostics);
      expect(there.errorCount, folder).toBe(here.errorCount);
      errors += there.errorCount;
    }
    expect(errors, 'the fixtures compared include failing ones').toBeGreaterThan(0);
  });
});
