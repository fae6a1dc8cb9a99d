/**
 * The entry of the worker thread that `checkInWorker` starts: checks a project and posts back
 * what a caller needs to print and decide (not the loaded content, which cannot cross threads).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkProjectAt } from './check-project-fs.ts';
import type { CheckOptions } from './options.ts';

const { root, options } = workerData as { root: string; options: CheckOptions };
try {
  const { diagnostics, errorCount, warningCount, fileCount } = await checkProjectAt(root, { options });
  parentPort?.postMessage({ ok: true, summary: { diagnostics, errorCount, warningCount, fileCount } });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: (error as Error).message });
}
