import { Worker } from 'node:worker_threads';
import { checkProjectAt } from './check-project-fs.ts';
import type { CheckResult } from './check-project.ts';
import type { CheckOptions } from './options.ts';

/** What a check found, without the loaded content. */
export type CheckSummary = Pick<CheckResult, 'diagnostics' | 'errorCount' | 'warningCount' | 'fileCount'>;

/**
 * Checks a project on a second thread, so a build can go on with its own work (reading the
 * content, bundling) on the first. Where a worker cannot start, checks on this thread instead.
 */
export function checkInWorker(root: string, options: CheckOptions): Promise<CheckSummary> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker-fs.ts', import.meta.url), { workerData: { root, options } });
  } catch {
    return checkProjectAt(root, { options });
  }
  return new Promise((resolve, reject) => {
    worker.once('message', (message: { ok: true; summary: CheckSummary } | { ok: false; message: string }) => {
      if (message.ok) resolve(message.summary);
      else reject(new Error(message.message));
      void worker.terminate();
    });
    // A worker that cannot load (an unusual runtime, a bundled copy of this file) is no reason to
    // fail the build: the same check runs on this thread.
    worker.once('error', () => {
      checkProjectAt(root, { options }).then(resolve, reject);
    });
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the content check stopped with exit code ${code}`));
    });
  });
}
