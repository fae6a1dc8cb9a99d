/**
 * Runs a command and measures it the way a reader of the benchmark needs: wall time, CPU time of
 * the whole process tree, and the peak of the tree's summed resident memory, polled from /proc
 * (Pagefind and esbuild run as child processes, so the build process alone would undercount).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

export interface Measurement {
  /** Wall-clock seconds. */
  wall: number;
  /** User plus system CPU seconds of the process and every descendant it waited for. */
  cpu: number;
  /** Peak of the summed VmRSS of the process tree, in bytes. */
  peakRss: number;
  /** The tree's memory once a second, `[seconds, bytes]`: where in the build the peak is. */
  rssTimeline: [number, number][];
  exitCode: number;
}

/** How often the process tree's memory is read. */
const POLL_MS = 50;

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The process and all its descendants, found through each thread's `children` list. */
function processTree(root: number): number[] {
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    found.push(pid);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      for (const child of readOrEmpty(`/proc/${pid}/task/${task}/children`).split(' ')) {
        if (child.trim()) queue.push(Number(child));
      }
    }
  }
  return found;
}

/** Summed VmRSS of the process tree, in bytes. */
export function treeRss(root: number): number {
  let kilobytes = 0;
  for (const pid of processTree(root)) {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readOrEmpty(`/proc/${pid}/status`));
    if (match) kilobytes += Number(match[1]);
  }
  return kilobytes * 1024;
}

/**
 * Runs `command` with `args` under bash, whose `times` builtin reports the CPU time of everything
 * it waited for, and polls the tree's memory until it exits. Output goes to `logFile`.
 */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv },
): Promise<Measurement> {
  const quoted = [command, ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  // fd 3 carries the CPU times, so the command's own output cannot be mistaken for them.
  const script = `${quoted}; status=$?; times >&3; exit $status`;
  const log = createWriteStream(options.logFile);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // A shared machine's other work would otherwise time-slice with the build: ask for a higher
    // priority (only root gets it; anyone else runs at the normal one, with a note in the log).
    const child = spawn('nice', ['-n', '-10', 'bash', '-c', script], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let peakRss = 0;
    const rssTimeline: [number, number][] = [];
    const poll = (): void => {
      if (child.pid === undefined) return;
      const rss = treeRss(child.pid);
      peakRss = Math.max(peakRss, rss);
      const second = Math.floor((performance.now() - started) / 1000);
      if (rssTimeline.length === 0 || rssTimeline.at(-1)![0] < second) rssTimeline.push([second, rss]);
    };
    const timer = setInterval(poll, POLL_MS);
    poll();
    child.stdout?.pipe(log, { end: false });
    child.stderr?.pipe(log, { end: false });
    let times = '';
    child.stdio[3]!.on('data', (chunk: Buffer) => (times += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = (performance.now() - started) / 1000;
      log.end();
      // The second line of `times` is the children's user and system time: `0m1.234s 0m0.567s`.
      const seconds = [...(times.split('\n')[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map(
        (match) => Number(match[1]) * 60 + Number(match[2]),
      );
      resolve({ wall, cpu: seconds.reduce((sum, value) => sum + value, 0), peakRss, rssTimeline, exitCode: code ?? 1 });
    });
  });
}
