import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TEST_OUTPUT } from '../../support/paths.ts';
import { fingerprint, leftovers, listTree, runBuild, writePreviousSite } from '../support/build.ts';

/**
 * A briefing that runs code when built (an import, an export, expressions reading the build
 * machine) must be refused by the check and the build, and nothing of it may reach any output. A
 * control build with safe mode off shows the canary is live: the same briefing then does print the
 * machine's home folder into the page.
 */
const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/hardening/sites/safe-mode-canary');
const BRIEFING = 'content/briefings/canary.mdx';
/** A phrase found only in the canary's body: if any output holds it, the briefing got through. */
const MARKER = 'quartz-canary paragraph';

/** Every file under `root` (but the canary itself) that holds one of `needles`, with the needle. */
function filesHolding(root: string, needles: readonly string[], except: readonly string[] = []): string[] {
  return listTree(root)
    .filter((entry) => !entry.endsWith('/') && !except.includes(entry))
    .flatMap((entry) => {
      const text = readFileSync(join(root, entry), 'latin1');
      return needles.filter((needle) => text.includes(needle)).map((needle) => `${entry}: ${needle}`);
    });
}

describe('the safe-mode canary', () => {
  it('fails npm run check at the import, the export and each expression', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', FIXTURE, '--today', '2026-11-25'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n').filter((line) => line.includes('[unsafe-mdx]'));
    expect(lines.map((line) => line.split(': error')[0])).toEqual([
      `${BRIEFING}:13:1`,
      `${BRIEFING}:15:1`,
      `${BRIEFING}:18:52`,
      `${BRIEFING}:18:74`,
    ]);
  });

  it(
    'fails npm run build before anything is written, and no output holds the home folder or the briefing',
    { timeout: 240_000 },
    () => {
      const parent = join(TEST_OUTPUT, 'hardening/canary');
      rmSync(parent, { recursive: true, force: true });
      mkdirSync(parent, { recursive: true });
      const outDir = join(parent, 'dist');
      writePreviousSite(outDir);
      const before = fingerprint(outDir);
      const secrets = [homedir(), hostname(), MARKER];
      // A short host name may occur in the previous site by chance; what matters is that nothing new does.
      const holdingBefore = filesHolding(parent, secrets);

      const { status, output } = runBuild(FIXTURE, outDir);

      expect(status, output).toBe(1);
      expect(output).toContain(`${BRIEFING}:18:52: error [unsafe-mdx]`);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(fingerprint(outDir)).toEqual(before);
      expect(leftovers(parent)).toEqual([]);
      expect(filesHolding(parent, secrets)).toEqual(holdingBefore);
      // Nor does anything the build keeps in the project (Astro's caches) hold what running the
      // briefing would print. Its source text may sit in Astro's content cache, which reads the
      // files while the check runs beside it; the cache is never published, and the MDX in it
      // was never compiled or run.
      // The host name is looked for as the canary would print it: a short one (this machine's is
      // "vm") occurs by chance in the hashed file names of Vite's caches.
      expect(filesHolding(FIXTURE, [homedir(), `on ${hostname()}.`], [BRIEFING])).toEqual([]);
    },
  );

  it(
    'is live: with safe mode off, the same briefing prints the home folder into its page',
    { timeout: 240_000 },
    () => {
      // A copy with absolute paths, so the fixture's own configuration stays the safe one.
      const root = join(TEST_OUTPUT, 'hardening/canary-unsafe');
      rmSync(root, { recursive: true, force: true });
      cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
      const src = join(PROJECT_ROOT, 'src');
      writeFileSync(
        join(root, 'astro.config.mjs'),
        [
          "import mdx from '@astrojs/mdx';",
          "import { defineConfig } from 'astro/config';",
          `import corroborate from ${JSON.stringify(join(src, 'integration/corroborate.ts'))};`,
          'export default defineConfig({',
          "  site: 'https://canary.example.org',",
          `  srcDir: ${JSON.stringify(src)},`,
          `  publicDir: ${JSON.stringify(join(PROJECT_ROOT, 'public'))},`,
          '  integrations: [corroborate({ safeMode: false }), mdx()],',
          '});',
          '',
        ].join('\n'),
      );
      const outDir = join(root, 'dist');
      const { status, output } = runBuild(root, outDir);
      expect(status, output).toBe(0);
      const page = readFileSync(join(outDir, 'briefings/canary/index.html'), 'utf8');
      expect(page).toContain(MARKER);
      expect(page).toContain(`home is ${homedir()} on ${hostname()}`);
    },
  );
});
