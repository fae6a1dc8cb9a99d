import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';

const repo = join(TEST_OUTPUT, 'changed-check');
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });

function check(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', repo, '--today', '2026-11-25', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await mkdir(repo, { recursive: true });
  await cp(join(PROJECT_ROOT, 'tests/fixtures/sites/reader/content'), join(repo, 'content'), { recursive: true });
  // An untouched briefing with a problem of its own: --changed must not report it.
  const crowded = await readFile(join(repo, 'content/briefings/crowded-claims.mdx'), 'utf8');
  await writeFile(
    join(repo, 'content/briefings/untouched.mdx'),
    crowded
      .replaceAll('daily-paper', 'wire-story')
      .replace('title: Grain exports rise, ministry says', 'title: Untouched'),
  );
  git('init', '--quiet', '--initial-branch=main');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', 'base');
  git('checkout', '--quiet', '-b', 'change');

  // The change: a source's id changes (breaking the briefings citing it), and a claim is added
  // to a briefing with a typo in its body mark.
  await rename(join(repo, 'content/sources/daily-paper.yaml'), join(repo, 'content/sources/daily-example.yaml'));
  const hostile = await readFile(join(repo, 'content/briefings/hostile-strings.mdx'), 'utf8');
  await writeFile(
    join(repo, 'content/briefings/hostile-strings.mdx'),
    hostile
      .replace(
        'claims:\n',
        'claims:\n  - id: added\n    text: A claim added by the change.\n    status: reported\n    citations:\n      - source: wire-story\n',
      )
      .replace('and none of them may run.', 'and none of them may run. <Claim id="aded">A typo</Claim>.'),
  );
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '--all');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '--quiet', '-m', 'change');
});

describe('npm run check -- --changed', () => {
  it('reports the changed file and the files its change breaks, and nothing from untouched files', () => {
    const { status, stdout } = check('--changed');
    expect(status).toBe(1);
    expect(stdout).toMatch(
      /content\/briefings\/hostile-strings\.mdx:\d+:\d+: error \[unknown-claim\] <Claim id="aded"> names no claim of this briefing; did you mean "added"\?/,
    );
    expect(stdout).toMatch(
      /content\/briefings\/crowded-claims\.mdx:\d+:\d+: error \[unknown-source\] citation source "daily-paper" does not exist/,
    );
    expect(stdout).toMatch(/content\/briefings\/draft-only\.mdx:\d+:\d+: error \[unknown-source\]/);
    expect(stdout).not.toContain('untouched.mdx');
    expect(stdout).not.toContain('wire-story.yaml');
    expect(stdout).toMatch(/Checked 3 changed files, loading \d+ of \d+ content files\./);
  });

  it('stays silent when nothing changed since the base', () => {
    const { status, stdout } = check('--changed', '--base', 'HEAD');
    expect(status).toBe(0);
    expect(stdout).toContain('No problems in 0 files.');
  });

  it('summarises new and changed claims for the pull request in Markdown', () => {
    const { stdout } = check('--changed', '--format', 'markdown');
    expect(stdout).toContain('## Content check: errors to fix');
    expect(stdout).toContain(
      '| New | hostile-strings | A claim added by the change. (added) | Reported | Example Wire Service (supports) |',
    );
    expect(stdout).toContain('| Error | content/briefings/crowded-claims.mdx:');
  });

  it('refuses --base without --changed, with exit status 2', () => {
    expect(check('--base', 'main').status).toBe(2);
  });
});
