/** What the benchmark ran on, and how busy the machine was with other work while it ran. */
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { git } from '../../src/checker/git-fs.ts';
import { REPO_ROOT } from './paths.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  astro: string;
  mdx: string;
  pagefind: string;
  commit: string;
  /** Product files changed in the working tree since that commit: the code measured is not only the commit's. */
  changedFiles: number;
}

function versionOf(name: string): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** What git says of the benchmark's own checkout, or nothing outside one. */
function gitOfRepo(...args: string[]): string {
  try {
    return git(REPO_ROOT, args);
  } catch {
    return '';
  }
}

export function describeMachine(node: string): Machine {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
  return {
    cpus: availableParallelism(),
    cpuModel,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node,
    astro: versionOf('astro'),
    mdx: versionOf('@astrojs/mdx'),
    pagefind: versionOf('pagefind'),
    commit: gitOfRepo('rev-parse', '--short', 'HEAD'),
    changedFiles: gitOfRepo(
      'status',
      '--porcelain',
      '--untracked-files=all',
      '--',
      'src',
      'scripts',
      'astro.config.mjs',
    )
      .split('\n')
      .filter((line) => line && !line.includes('scripts/bench/')).length,
  };
}

/** Busy and total CPU time of the whole machine so far, in seconds (from /proc/stat). */
export function machineCpu(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  // Kernel clock ticks are 100 a second on Linux.
  return {
    busy: (user + nice + system + irq + softirq + steal) / 100,
    total: (user + nice + system + idle + iowait + irq + softirq + steal) / 100,
  };
}

/**
 * Waits until other work leaves the machine mostly idle (under `threshold` of its CPU over a few
 * seconds), for at most `limit` seconds; returns the share of CPU other work was using at the end.
 */
export async function waitForQuiet(threshold: number, limit: number): Promise<number> {
  const started = Date.now();
  let busy = 1;
  while (Date.now() - started < limit * 1000) {
    const before = machineCpu();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const after = machineCpu();
    busy = (after.busy - before.busy) / Math.max(0.01, after.total - before.total);
    if (busy < threshold) break;
  }
  return busy;
}
