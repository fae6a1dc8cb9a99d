import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';
import { formatReport } from '../../src/checker/format.ts';
import { validateCheckOptions, type CheckOptions } from '../../src/checker/options.ts';

/**
 * Every folder under fixtures/ is a tiny project checked on a fixed day; its expected.txt is the
 * checker's exact text output. `UPDATE_FIXTURES=1` rewrites the expectations instead: do that on
 * purpose only, then read every changed line.
 */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TODAY = '2026-11-25';
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

/** The README names each case and says, in a sentence, what it shows; the sentence is the test's name. */
function readCaseDescriptions(): Map<string, string> {
  const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
  const descriptions = new Map<string, string>();
  for (const match of readme.matchAll(/^- `([a-z0-9-]+)`: (.+)$/gm)) descriptions.set(match[1]!, match[2]!);
  return descriptions;
}

function readOptions(folder: string): CheckOptions {
  const file = join(folder, 'options.json');
  if (!existsSync(file)) return {};
  const options: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problems = validateCheckOptions(options);
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return options as CheckOptions;
}

const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const descriptions = readCaseDescriptions();

describe('checker fixtures', () => {
  it('has a README line for every fixture folder and a folder for every README line', () => {
    expect([...descriptions.keys()].sort()).toEqual(folders);
  });

  for (const name of folders) {
    it(`${name}: ${descriptions.get(name) ?? '(not described in README.md)'}`, async () => {
      const folder = join(FIXTURES, name);
      const result = await checkProjectAt(folder, { today: TODAY, options: readOptions(folder) });
      const report = formatReport(result.diagnostics, result.fileCount, 'text');
      const expectedFile = join(folder, 'expected.txt');
      if (UPDATE) writeFileSync(expectedFile, report);
      expect(report).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
