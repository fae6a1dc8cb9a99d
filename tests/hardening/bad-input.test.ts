import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';
import { formatReport } from '../../src/checker/format.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { linesOnDisk, malformed } from './support/diagnostics.ts';
import { GENERATED_INPUT } from './support/generated-input.ts';

/**
 * Every folder under tests/fixtures/hardening/ (but `sites/`) is a tiny project of hostile or
 * broken input, checked on a fixed day; its expected.txt is the checker's exact text output.
 * Input that cannot be committed as it is (megabytes, invalid bytes, links) is generated into a
 * copy under .test-output/ first. `UPDATE_FIXTURES=1` rewrites the expectations: do that on
 * purpose only, then read every changed line, and fix the checker when a line is wrong.
 */
const CASES = join(PROJECT_ROOT, 'tests/fixtures/hardening');
const WORK = join(TEST_OUTPUT, 'hardening/bad-input');
const TODAY = '2026-11-25';
const UPDATE = process.env['UPDATE_FIXTURES'] === '1';

/** Generous for a 5 MB file on a slow machine; a quadratic parse would take minutes, a hang forever. */
const PER_CASE_TIMEOUT = 30_000;

function readCaseDescriptions(): Map<string, string> {
  const readme = readFileSync(join(CASES, 'README.md'), 'utf8');
  const descriptions = new Map<string, string>();
  for (const match of readme.matchAll(/^- `([a-z0-9-]+)`: (.+)$/gm)) descriptions.set(match[1]!, match[2]!);
  return descriptions;
}

const names = readdirSync(CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'sites')
  .map((entry) => entry.name)
  .sort();
const descriptions = readCaseDescriptions();

/** The project to check: the case folder itself, or a generated copy of it. */
async function prepare(name: string): Promise<string> {
  const generate = GENERATED_INPUT[name];
  if (!generate) return join(CASES, name);
  const root = join(WORK, name);
  rmSync(root, { recursive: true, force: true });
  cpSync(join(CASES, name, 'content'), join(root, 'content'), { recursive: true });
  await generate(root);
  return root;
}

function expectedReport(name: string): string {
  return readFileSync(join(CASES, name, 'expected.txt'), 'utf8');
}

describe('bad input: the checker', () => {
  it('has a README line for every case folder, a folder for every README line, and at least 40 cases', () => {
    expect([...descriptions.keys()].sort()).toEqual(names);
    expect(names.length).toBeGreaterThanOrEqual(40);
  });

  it('has a case folder for every generator', () => {
    expect(Object.keys(GENERATED_INPUT).filter((name) => !names.includes(name))).toEqual([]);
  });

  for (const name of names) {
    it(
      `${name}: ${descriptions.get(name) ?? '(not described in README.md)'}`,
      async () => {
        const root = await prepare(name);
        const result = await checkProjectAt(root, { today: TODAY, options: {} });
        const report = formatReport(result.diagnostics, result.fileCount, 'text');
        if (UPDATE) writeFileSync(join(CASES, name, 'expected.txt'), report);
        expect(report).toBe(expectedReport(name));
        expect(malformed(result.diagnostics, linesOnDisk(root))).toEqual([]);
      },
      PER_CASE_TIMEOUT,
    );
  }
});

/** Runs `npm run check` on a case, as a contributor's CI would. */
function runCheck(root: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root, '--today', TODAY], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: PER_CASE_TIMEOUT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Cases whose failure modes were a crash, a hang, a stray warning or a skipped file. */
const THROUGH_THE_CLI = [
  'yaml-billion-laughs-in-source',
  'yaml-collection-as-key',
  'yaml-deep-flow-nesting',
  'encoding-invalid-utf8-in-source',
  'encoding-bom-passes',
  'size-five-megabyte-body',
  'nesting-list-2000-levels',
  'paragraph-40000-emphasis-delimiters',
  'file-symbolic-links',
  'body-links-protocol-relative-pass',
];

describe('bad input: npm run check', () => {
  for (const name of THROUGH_THE_CLI) {
    it(
      `${name}: prints exactly the checker's report, exits 1 on errors and 0 otherwise, and writes nothing else`,
      async () => {
        const root = await prepare(name);
        const expected = expectedReport(name);
        const { status, stdout, stderr } = runCheck(root);
        expect(stderr).toBe('');
        expect(stdout).toBe(expected);
        expect(status).toBe(/ \(0 errors,|^No problems/m.test(expected) ? 0 : 1);
      },
      PER_CASE_TIMEOUT,
    );
  }
});
