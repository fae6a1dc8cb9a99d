import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { fixtureSiteRoot } from '../support/sites.ts';

/** Runs `npm run build` as an editor would, for a given project and output folder. */
function npmRunBuild(root: string, outDir: string) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--root', root, '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

async function previousSite(outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), '<!doctype html><title>previous</title>');
}

describe('npm run build', () => {
  it('stops on content errors with the checker diagnostics, no stack trace, and leaves the previous site untouched', async () => {
    const outDir = join(TEST_OUTPUT, 'npm-run-build', 'broken');
    await previousSite(outDir);
    const { status, output } = npmRunBuild(fixtureSiteRoot(PROJECT_ROOT, 'broken'), outDir);

    expect(status).toBe(1);
    expect(output).toContain(
      'content/briefings/headline-slip.mdx:2:27: error [headline-number] the title says "$2.2bn"',
    );
    expect(output).toContain('content/briefings/headline-slip.mdx:18:20: error [unsafe-mdx]');
    expect(output).not.toMatch(/Stack trace|^\s+at .+\(.+:\d+:\d+\)$/m);
    // Nothing was written: not a page, not the canary's expression, not a half-built folder.
    expect(await readdir(outDir)).toEqual(['index.html']);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('previous');
    const siblings = await readdir(dirname(outDir));
    expect(siblings.filter((name) => name.includes('building'))).toEqual([]);
  });

  it('stops at the renderer’s own guard when the checker lets code through, naming the file and line, and runs none of it', async () => {
    // Every rule is off in this fixture, as a gap in the checker would leave it; safe mode is on.
    const outDir = join(TEST_OUTPUT, 'npm-run-build', 'bypassed');
    await previousSite(outDir);
    const { status, output } = npmRunBuild(fixtureSiteRoot(PROJECT_ROOT, 'bypassed'), outDir);

    expect(status).toBe(1);
    expect(output).toMatch(/footnote-title\.mdx/);
    expect(output).toContain('15:17: [unsafe-mdx] JavaScript expressions are not allowed in safe mode');
    // The expression would have printed this while the page was generated.
    expect(output).not.toContain('CANARY-RAN');
    expect(await readdir(outDir)).toEqual(['index.html']);
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).toContain('previous');
  });

  it('replaces the previous site whole when the build succeeds', async () => {
    const outDir = join(TEST_OUTPUT, 'npm-run-build', 'replaced');
    await previousSite(outDir);
    await writeFile(join(outDir, 'stale-page.html'), 'left over from an old build');
    const { status, output } = npmRunBuild(fixtureSiteRoot(PROJECT_ROOT, 'reader'), outDir);

    expect(status, output).toBe(0);
    const files = await readdir(outDir);
    expect(files).not.toContain('stale-page.html');
    expect(files).toEqual(expect.arrayContaining(['index.html', 'briefings', 'sources', 'pagefind']));
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).not.toContain('previous');
  });
});
