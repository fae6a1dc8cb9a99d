import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkWithCacheAt } from './check-cache-fs.ts';
import { heapLimitFlags } from './heap-limit-fs.ts';
import type { CheckResult } from './check-project.ts';
import type { CheckOptions } from './options.ts';

/** What a check found, without the loaded content. */
export type CheckSummary = Pick<CheckResult, 'diagnostics' | 'errorCount' | 'warningCount' | 'fileCount'>;

/** What the check process sends back. */
export type CheckMessage = { ok: true; summary: CheckSummary } | { ok: false; message: string };

const ENTRY = fileURLToPath(new URL('./check-process-fs.ts', import.meta.url));

/**
 * Checks a project in a process of its own, so a build can go on with its own work (reading the
 * content, bundling) meanwhile. A process rather than a thread: the checker holds the whole
 * publication while it works (900 MB at 5,000 briefings), and only a process that exits gives all
 * of it back before the build reaches its own peak. Where no process can start, checks here.
 */
export function checkInProcess(root: string, options: CheckOptions): Promise<CheckSummary> {
  const here = async (): Promise<CheckSummary> => (await checkWithCacheAt(root, { options })).result;
  let child: ReturnType<typeof fork>;
  try {
    child = fork(ENTRY, [JSON.stringify({ root, options })], {
      // Not the flags of whatever started this process (a test runner's loaders, say), but room
      // for the whole publication's heap (`heap-limit-fs.ts`).
      execArgv: heapLimitFlags(),
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  } catch {
    return here();
  }
  return new Promise((resolve, reject) => {
    let answered = false;
    const answer = (settle: () => void): void => {
      if (answered) return;
      answered = true;
      settle();
    };
    child.once('message', (message: CheckMessage) => {
      answer(() => {
        if (message.ok) resolve(message.summary);
        else reject(new Error(message.message));
      });
    });
    // A process that cannot start is no reason to fail the build: the same check runs here.
    child.once('error', () => {
      answer(() => {
        here().then(resolve, reject);
      });
    });
    child.once('exit', (code, signal) => {
      answer(() => {
        reject(new Error(`the content check stopped with ${signal ?? `exit code ${String(code)}`}`));
      });
    });
  });
}
