/**
 * The entry of the process that `checkInProcess` starts: checks a project and sends back what a
 * caller needs to print and decide (not the loaded content), then exits, returning its memory.
 * It shares `npm run check`'s cache, since it needs only the diagnostics.
 */
import { checkWithCacheAt } from './check-cache-fs.ts';
import type { CheckMessage } from './check-in-process-fs.ts';
import type { CheckOptions } from './options.ts';

// A build that stops (cancelled, or failed elsewhere) closes the channel: no one needs the verdict.
process.once('disconnect', () => process.exit(1));

const { root, options } = JSON.parse(process.argv[2] ?? '{}') as { root: string; options: CheckOptions };
let message: CheckMessage;
try {
  const { result } = await checkWithCacheAt(root, { options });
  message = { ok: true, summary: result };
} catch (error) {
  message = { ok: false, message: (error as Error).message };
}
process.removeAllListeners('disconnect');
process.send?.(message, () => process.exit(0));
