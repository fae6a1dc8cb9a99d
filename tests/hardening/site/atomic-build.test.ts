import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TEST_OUTPUT } from '../../support/paths.ts';
import { fingerprint, leftovers, runBuild, writePreviousSite } from '../support/build.ts';

/**
 * `npm run build` builds into a staging folder and swaps it in only when every stage succeeded.
 * tests/site/build.test.ts covers a failed check and a successful swap; these cover the stages
 * after the check, rendering and search indexing: the previous output must stay byte for byte.
 */
const SITES = join(PROJECT_ROOT, 'tests/fixtures/hardening/sites');

/** Builds a fixture over a previous site in a folder of its own, and reports what became of it. */
function buildOverPreviousSite(fixture: string) {
  const parent = join(TEST_OUTPUT, 'hardening/atomic', fixture);
  rmSync(parent, { recursive: true, force: true });
  mkdirSync(parent, { recursive: true });
  const outDir = join(parent, 'dist');
  writePreviousSite(outDir);
  const before = fingerprint(outDir);
  const { status, output } = runBuild(join(SITES, fixture), outDir);
  return { status, output, before, after: fingerprint(outDir), leftovers: leftovers(parent) };
}

describe('a build that fails after the check', () => {
  it('leaves the previous output exactly as it was when a page fails to render', { timeout: 240_000 }, () => {
    const result = buildOverPreviousSite('render-failure');
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain('<Claim id="exports"> names no claim of this briefing');
    expect(result.output).toContain('The previous dist/ is unchanged.');
    expect(result.after).toEqual(result.before);
    expect(result.leftovers).toEqual([]);
  });

  it('leaves the previous output exactly as it was when the search index finds no page', { timeout: 240_000 }, () => {
    const result = buildOverPreviousSite('no-page-to-index');
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain('search indexing found no page marked data-pagefind-body');
    expect(result.after).toEqual(result.before);
    expect(result.leftovers).toEqual([]);
  });

  describe('when the search index cannot be written', () => {
    let result: ReturnType<typeof buildOverPreviousSite>;
    beforeAll(() => {
      result = buildOverPreviousSite('index-unwritable');
    }, 240_000);

    it('leaves the previous output exactly as it was', () => {
      expect(result.status).not.toBe(0);
      expect(result.after).toEqual(result.before);
    });

    // Pagefind's backend panics, and its Node API never settles the pending promise; the
    // `beforeExit` guard in scripts/build.ts turns that into exit 1 with a message.
    it('exits 1 with a message and removes its staging folder', () => {
      expect(result.status, result.output).toBe(1);
      expect(result.output).toContain('The previous dist/ is unchanged.');
      expect(result.leftovers).toEqual([]);
    });
  });
});

describe('a build stopped from outside', () => {
  // A CI job cancelled mid-build sends SIGTERM to `npm run build`; the Astro step runs in a
  // process of its own and must stop with it, and the staging folder must go.
  it(
    'stops its Astro step, removes its staging folder and leaves the previous output exactly as it was',
    { timeout: 240_000 },
    async () => {
      const parent = join(TEST_OUTPUT, 'hardening/atomic', 'cancelled');
      rmSync(parent, { recursive: true, force: true });
      mkdirSync(parent, { recursive: true });
      const outDir = join(parent, 'dist');
      writePreviousSite(outDir);
      const before = fingerprint(outDir);

      const build = spawn(process.execPath, ['scripts/build.ts', '--root', PROJECT_ROOT, '--outDir', outDir], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      });
      let output = '';
      const started = new Promise<void>((resolve) => {
        const listen = (chunk: Buffer) => {
          output += chunk.toString();
          // Astro is reading the content: the build is under way in its own process.
          if (output.includes('Syncing content')) resolve();
        };
        build.stdout.on('data', listen);
        build.stderr.on('data', listen);
      });
      const exited = new Promise<number | null>((resolve) => build.once('exit', resolve));
      await started;
      build.kill('SIGTERM');
      const status = await exited;

      expect(status, output).toBe(1);
      expect(output).toContain('The previous dist/ is unchanged.');
      expect(fingerprint(outDir)).toEqual(before);
      expect(leftovers(parent)).toEqual([]);
      const running = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes(parent));
      expect(running).toEqual([]);
    },
  );
});
