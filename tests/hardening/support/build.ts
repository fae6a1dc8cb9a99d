import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../../support/paths.ts';

/** Runs `npm run build` (scripts/build.ts) for a project and an output folder, as CI would. */
export function runBuild(root: string, outDir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--root', root, '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 240_000,
  });
  // eslint-disable-next-line no-control-regex -- ANSI colour codes are exactly what is removed
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

/** Every file and folder under `directory`, relative, sorted. */
export function listTree(directory: string): string[] {
  const entries: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const relativePath = relative(directory, path).split(sep).join('/');
      if (statSync(path).isDirectory()) {
        entries.push(`${relativePath}/`);
        walk(path);
      } else entries.push(relativePath);
    }
  };
  walk(directory);
  return entries;
}

/** A fingerprint of a folder: each file's path and SHA-256, each folder's path, in order. */
export function fingerprint(directory: string): string[] {
  return listTree(directory).map((entry) =>
    entry.endsWith('/')
      ? entry
      : `${entry} ${createHash('sha256')
          .update(readFileSync(join(directory, entry)))
          .digest('hex')}`,
  );
}

/** A previous build to protect: a few pages and assets in nested folders. */
export function writePreviousSite(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>previous</title><p>The previous home page.',
    'briefings/earlier/index.html': '<!doctype html><title>earlier</title><p>An earlier briefing.',
    '_astro/site.abc123.css': 'body { color: black }',
    'pagefind/pagefind-entry.json': '{"version":"previous"}',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
}

/** Folders a build left beside its output: staging copies it should have removed. */
export function leftovers(parent: string): string[] {
  return readdirSync(parent).filter((name) => name.includes('-building-'));
}
