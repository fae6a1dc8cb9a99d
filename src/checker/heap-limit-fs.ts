import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * The share of the machine's memory a build's or check's own process may grow its JavaScript
 * heap to. Node's default limit (about 4 GB on a 64-bit machine of 16 GB or more) does not grow
 * with the machine: at 20,000 briefings Astro's step ran out of heap while rendering with 11 GB of
 * the machine's 24 GB free ("Ineffective mark-compacts near heap limit"), and near the limit the
 * collector runs almost without pause, which made rendering at 10,000 briefings grow 26 times for
 * 10 times the briefings (BENCHMARKS.md).
 */
const SHARE_OF_MEMORY = 0.5;

/**
 * The flag that gives a child process a heap of half the machine's memory, never below Node's own
 * default; none when the caller chose a limit itself (`--max-old-space-size` in `NODE_OPTIONS` or
 * in this process's flags), which is then inherited or left as chosen.
 */
export function heapLimitFlags(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env['NODE_OPTIONS'] ?? '',
  machineBytes: number = totalmem(),
  defaultBytes: number = getHeapStatistics().heap_size_limit,
): string[] {
  const chosen = /--max-old-space-size(=|\s)/;
  if (execArgv.some((flag) => chosen.test(`${flag} `)) || chosen.test(`${nodeOptions} `)) return [];
  const megabytes = Math.floor(Math.max(defaultBytes, machineBytes * SHARE_OF_MEMORY) / 2 ** 20);
  return [`--max-old-space-size=${String(megabytes)}`];
}
