import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/checker/format.ts';
import { RULES } from '../../src/checker/rules/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'tests/checker/fixtures');
const TODAY = '2026-11-25';

/** Runs `npm run check` as a user would, on the Node that runs the tests (the pinned one). */
function runCheck(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function checkFixture(name: string, ...args: string[]) {
  return runCheck('--root', join(FIXTURES, name), '--today', TODAY, ...args);
}

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-check-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A throwaway project: file paths relative to its root, mapped to their text. */
function makeProject(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'content'), { recursive: true });
  return root;
}

const LINE =
  /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning) \[(?<rule>[a-z-]+)\] (?<message>.+)$/;
const SUMMARY = /^\d+ problems? \(\d+ errors?, \d+ warnings?\) in \d+ files?$/;

describe('npm run check: exit status', () => {
  it('exits 0 on a project with no problems', () => {
    const result = checkFixture('schema-passes');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('No problems in 5 files.\n');
  });

  it('exits 0 on a project with warnings only', () => {
    expect(checkFixture('archive-missing-fires').status).toBe(0);
  });

  it('exits 1 on a project with an error', () => {
    expect(checkFixture('unknown-source-fires').status).toBe(1);
  });

  it('exits 2 and says which formats exist when the format is unknown', () => {
    const result = checkFixture('schema-passes', '--format', 'xml');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('check: unknown format "xml"; expected one of: text, json, github, markdown\n');
  });

  it('exits 2 and shows the usage on an unknown option', () => {
    const result = checkFixture('schema-passes', '--bogus');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--bogus'");
    expect(result.stderr).toContain('Usage: npm run check -- [options]');
  });

  it('exits 2 when --today is not a date that exists', () => {
    const result = checkFixture('schema-passes', '--today', '2026-02-30');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('check: --today must be a date that exists, written YYYY-MM-DD, not "2026-02-30"\n');
  });

  it('exits 2 when --root names no project, instead of passing an empty one', () => {
    const missing = join(scratch, 'no-such-project');
    const result = runCheck('--root', missing);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `check: ${missing} has no content/ folder; run the check in the project's root or name it with --root <dir>\n`,
    );
  });

  it("exits 2 when the project's astro.config.mjs throws on import", () => {
    const root = makeProject('config-throws', { 'astro.config.mjs': "throw new Error('config is broken');\n" });
    const result = runCheck('--root', root);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `check: cannot load ${join(root, 'astro.config.mjs')} to read the checker's options: config is broken\n`,
    );
  });

  it('exits 2 when content/briefings is a file rather than a folder', () => {
    const root = makeProject('briefings-is-a-file', { 'content/briefings': 'not a folder\n' });
    const result = runCheck('--root', root);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^check: cannot read .*content\/briefings: ENOTDIR/);
  });

  it('exits 0 on the sample publication, checked against the real date', () => {
    const result = runCheck('--root', '.');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('npm run check: text format', () => {
  let stdout = '';
  let lines: string[] = [];
  beforeAll(() => {
    stdout = checkFixture('unknown-source-fires').stdout;
    lines = stdout.split('\n');
  });

  it('prints one "path:line:column: severity [rule] message" line per diagnostic, then the summary', () => {
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -2)) expect(line).toMatch(LINE);
    expect(lines.at(-2)).toMatch(SUMMARY);
  });

  it('names files relative to the project root, with forward slashes', () => {
    expect(lines[0]).toMatch(/^content\/briefings\/un-cyber-theft-estimate\.mdx:14:17: error \[unknown-source\] /);
  });

  it('counts problems, errors, warnings and files in the summary, as the contract writes it', () => {
    expect(lines.at(-2)).toBe('3 problems (2 errors, 1 warning) in 2 files');
  });

  it('writes the summary in the singular for one of each', () => {
    expect(checkFixture('url-plain-http-warns').stdout.split('\n').at(-2)).toBe(
      '1 problem (0 errors, 1 warning) in 1 file',
    );
  });

  it('prints what the fixture runner expects, so the command and the fixtures agree', () => {
    expect(stdout).toBe(readFileSync(join(FIXTURES, 'unknown-source-fires/expected.txt'), 'utf8'));
  });

  it('keeps a message on one line even when the id it quotes spans two', () => {
    const result = checkFixture('unknown-claim-id-across-lines');
    expect(result.stdout).toContain('[unknown-claim] <Claim id="un-\\nestimate"> names no claim of this briefing');
    expect(result.stdout.split('\n')).toHaveLength(4);
  });
});

describe('npm run check: json format', () => {
  it('prints an array of { file, line, column, severity, rule, message } and nothing else', () => {
    const result = checkFixture('unknown-source-fires', '--format', 'json');
    const diagnostics = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(result.status).toBe(1);
    expect(diagnostics).toHaveLength(3);
    for (const diagnostic of diagnostics) {
      expect(Object.keys(diagnostic)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message']);
      expect(['error', 'warning']).toContain(diagnostic['severity']);
    }
    expect(diagnostics[2]).toEqual({
      file: 'content/sources/northern-wire-un-report.yaml',
      line: 1,
      column: 1,
      severity: 'warning',
      rule: 'unused-source',
      message:
        'source "northern-wire-un-report" is cited by no briefing; cite it (source: northern-wire-un-report) or delete the file',
    });
  });

  it('prints an empty array for a project with no problems', () => {
    expect(checkFixture('schema-passes', '--format', 'json').stdout).toBe('[]\n');
  });
});

describe('npm run check: github format', () => {
  it('prints an ::error or ::warning annotation per diagnostic, titled with the rule', () => {
    const result = checkFixture('unknown-source-fires', '--format', 'github');
    expect(result.stdout.split('\n')).toEqual([
      '::error file=content/briefings/un-cyber-theft-estimate.mdx,line=14,col=17,title=unknown-source::citation source "northern-wire-un" does not exist; did you mean "northern-wire-un-report"?',
      '::error file=content/briefings/un-cyber-theft-estimate.mdx,line=17,col=14,title=unknown-source::citation via "global-news-agency" does not exist; add content/sources/global-news-agency.yaml or cite an existing source',
      '::warning file=content/sources/northern-wire-un-report.yaml,line=1,col=1,title=unused-source::source "northern-wire-un-report" is cited by no briefing; cite it (source: northern-wire-un-report) or delete the file',
      '',
    ]);
    expect(result.status).toBe(1);
  });

  it('escapes % in messages and , and : in file names as GitHub requires', () => {
    const root = makeProject('github-escaping', {
      'content/sources/un-report,2019:final.yaml': 'title: A report\npublisher: UN\nkind: official-report\n',
      'content/briefings/rise.mdx': [
        '---',
        'title: Attacks on exchanges rose',
        'summary: Attacks on exchanges rose last year.',
        `published: ${TODAY}`,
        'claims:',
        '  - id: rise',
        '    text: Attacks on exchanges rose by 12 per cent.',
        '    status: reported',
        "    quantities: [{ value: 12, unit: '%' }]",
        '    citations: [{ source: un-report, quote: attacks rose }]',
        '---',
        '',
        '<Claim id="rise">Attacks rose</Claim>.',
        '',
      ].join('\n'),
    });
    const { stdout } = runCheck('--root', root, '--today', TODAY, '--format', 'github');
    expect(stdout).toContain(
      '::error file=content/briefings/rise.mdx,line=9,col=27,title=quantity-unsupported::quantity 12%25 of claim',
    );
    expect(stdout).toContain(
      '::error file=content/sources/un-report%2C2019%3Afinal.yaml,line=1,col=1,title=schema::file name "un-report,2019:final.yaml" is not a valid id',
    );
  });

  it('escapes CR and LF in messages and properties, so one annotation stays one command', () => {
    const report = formatReport(
      [
        {
          file: 'content/briefings/a,b.mdx',
          line: 3,
          column: 7,
          severity: 'warning',
          rule: 'unused-claim',
          message: 'first line\r\nsecond line: 100%\rthird\nfourth',
        },
      ],
      1,
      'github',
    );
    expect(report).toBe(
      '::warning file=content/briefings/a%2Cb.mdx,line=3,col=7,title=unused-claim::first line%0D%0Asecond line: 100%25%0Dthird%0Afourth\n',
    );
  });
});

describe('npm run check -- --rules', () => {
  /** The contract's rule table (content-format.md, "Checks"): ids and default severities, in its order. */
  const CONTRACT_RULES = [
    ['yaml', 'error'],
    ['schema', 'error'],
    ['mdx-syntax', 'error'],
    ['duplicate-id', 'error'],
    ['unknown-source', 'error'],
    ['uncited-claim', 'error'],
    ['unknown-claim', 'error'],
    ['unused-claim', 'warn'],
    ['unused-source', 'warn'],
    ['status-evidence', 'error'],
    ['quantity-unsupported', 'error'],
    ['headline-number', 'error'],
    ['quote-mismatch', 'error'],
    ['quote-unverifiable', 'warn'],
    ['date-order', 'error'],
    ['url', 'error'],
    ['archive-missing', 'warn'],
    ['archive-mismatch', 'error'],
    ['single-origin', 'warn'],
    ['hidden-characters', 'error'],
    ['snapshot-changed', 'error'],
    ['locator-mismatch', 'error'],
    ['unsafe-mdx', 'error'],
  ];

  it("lists every rule of the contract, one a line, id first, with the contract's default severity", () => {
    const result = runCheck('--rules');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => /^(?<id>[a-z0-9-]+) +(?<severity>error|warn) +(?<summary>\S.*)$/.exec(line)?.groups);
    expect(rows.map((row) => (row ? [row['id'], row['severity']] : row))).toEqual(CONTRACT_RULES);
  });

  it("prints each rule's own summary beside its id", () => {
    const lines = runCheck('--rules').stdout.trimEnd().split('\n');
    expect(lines.find((line) => line.startsWith('unused-source '))).toMatch(/ warn {3}a source no briefing cites$/);
    expect(lines.map((line) => line.replace(/^\S+ +\S+ +/, ''))).toEqual(RULES.map((rule) => rule.summary));
  });

  it('needs no project: it lists the rules wherever it runs', () => {
    const result = runCheck('--rules', '--root', join(scratch, 'nowhere'));
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^yaml +error {2}malformed YAML/);
  });

  it('is named in the usage', () => {
    expect(runCheck('--help').stdout).toMatch(/^ {2}--rules {2,}list every rule/m);
  });
});
