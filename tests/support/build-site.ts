import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/** What a build printed and how it ended. */
export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Both streams as one text, colours removed, for assertions on what an editor reads. */
  output: string;
}

/**
 * The environment an editor's shell would give a build: without what the test runner adds, since
 * Astro lets BASE_URL, MODE, PROD and the like override `import.meta.env`.
 */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...extra,
  };
  for (const name of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'SITE',
    'ASSETS_PREFIX',
    'VITEST',
    'VITEST_MODE',
    'NODE_ENV',
  ])
    Reflect.deleteProperty(env, name);
  return { ...env, ...extra };
}

function astroBuildArgs(root: string, outDir: string, extraArgs: readonly string[]): string[] {
  return [
    join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--root',
    root,
    '--outDir',
    outDir,
    ...extraArgs,
  ];
}

function buildResult(status: number | null, stdout: string, stderr: string): BuildResult {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes are exactly what is removed
  const output = `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status, stdout, stderr, output };
}

/**
 * Builds a site the way `astro build` does, in a child process on the pinned Node, so a test sees
 * exactly what an editor sees, exit status included.
 */
export function buildSite(root: string, outDir: string, extraArgs: readonly string[] = []): BuildResult {
  const result = spawnSync(process.execPath, astroBuildArgs(root, outDir, extraArgs), {
    cwd: root,
    encoding: 'utf8',
    env: buildEnvironment(),
    timeout: 240_000,
  });
  return buildResult(result.status, result.stdout, result.stderr);
}

/**
 * `buildSite` without blocking the test process, so that independent sites build side by side
 * (an Astro build keeps one core busy, and the test machine has two).
 */
export function buildSiteAsync(root: string, outDir: string, extraArgs: readonly string[] = []): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, astroBuildArgs(root, outDir, extraArgs), {
      cwd: root,
      env: buildEnvironment(),
      timeout: 240_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      resolve(buildResult(null, stdout, `${stderr}\n${error.message}`));
    });
    child.on('close', (status) => {
      resolve(buildResult(status, stdout, stderr));
    });
  });
}
