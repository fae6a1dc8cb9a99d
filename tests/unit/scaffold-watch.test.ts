import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-watch-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** `npm run check -- --watch` on a project, with what it has printed so far. */
class Watcher {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  private waiters: (() => void)[] = [];

  constructor(root: string) {
    this.child = spawn(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts'), '--root', root, '--watch']);
    const listen = (stream: 'stdout' | 'stderr') => {
      this.child[stream].setEncoding('utf8');
      this.child[stream].on('data', (chunk: string) => {
        this[stream] += chunk;
        for (const wake of this.waiters.splice(0)) wake();
      });
    };
    listen('stdout');
    listen('stderr');
  }

  /** Resolves once the output holds `text` after `from`; the test's own timeout bounds the wait. */
  async printed(text: string, from = 0): Promise<string> {
    while (!this.stdout.includes(text, from)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.stdout.slice(from);
  }

  /** Ends the watch as Ctrl-C does, and resolves with its exit status. */
  interrupt(): Promise<number | null> {
    return new Promise((resolve) => {
      this.child.once('exit', (code) => {
        resolve(code);
      });
      this.child.kill('SIGINT');
    });
  }
}

describe('npm run check -- --watch', () => {
  it('prints the full report, then only what each save changes, keeps going on errors, and ends on Ctrl-C', async () => {
    const root = join(scratch, 'project');
    cpSync(join(PROJECT_ROOT, 'tests/checker/fixtures/schema-passes/content'), join(root, 'content'), {
      recursive: true,
    });
    const watcher = new Watcher(root);
    try {
      const start = await watcher.printed('Watching content/ for changes; press Ctrl-C to stop.\n');
      expect(start).toBe('No problems in 5 files.\nWatching content/ for changes; press Ctrl-C to stop.\n');

      let mark = watcher.stdout.length;
      const bad = join(root, 'content/sources/misspelt.yaml');
      writeFileSync(bad, 'title: A report\npublisher: UN\nkind: official-report\npublised: 2019\n');
      const broken = await watcher.printed('in 1 file\n', mark);
      expect(broken.split('\n')).toEqual([
        'Re-checked after content/sources/misspelt.yaml changed: 2 new problems, 0 fixed',
        expect.stringMatching(/^content\/sources\/misspelt\.yaml:1:1: warning \[unused-source\] /),
        expect.stringMatching(/^content\/sources\/misspelt\.yaml:4:1: error \[schema\] .*publised/),
        '2 problems (1 error, 1 warning) in 1 file',
        '',
      ]);

      mark = watcher.stdout.length;
      writeFileSync(bad, readFileSync(bad, 'utf8').replace('publised', 'published'));
      const fixed = await watcher.printed('in 1 file\n', mark);
      expect(fixed).toBe(
        'Re-checked after content/sources/misspelt.yaml changed: 0 new problems, 1 fixed\n1 problem (0 errors, 1 warning) in 1 file\n',
      );

      mark = watcher.stdout.length;
      unlinkSync(bad);
      expect(await watcher.printed('No problems', mark)).toBe(
        'Re-checked after content/sources/misspelt.yaml changed: 0 new problems, 1 fixed\nNo problems in 5 files.\n',
      );
      expect(watcher.stderr).toBe('');
    } finally {
      expect(await watcher.interrupt()).toBe(0);
    }
  });

  it('refuses a format other than text, which cannot show problems coming and going', async () => {
    const root = join(scratch, 'format');
    cpSync(join(PROJECT_ROOT, 'tests/checker/fixtures/schema-passes/content'), join(root, 'content'), {
      recursive: true,
    });
    const child = spawn(process.execPath, [
      join(PROJECT_ROOT, 'scripts/check.ts'),
      '--root',
      root,
      '--watch',
      '--format',
      'json',
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toBe('check: --watch prints text as problems come and go; leave out --format\n');
  });
});
