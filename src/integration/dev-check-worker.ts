/**
 * The entry of `DevCheckThread`'s thread: answers each request (a number) with a check of the
 * project as it is on disk then, made from the last check's results, which only this thread keeps.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { devChecks, type DevCheckReply, type DevCheckSetup } from './dev-check-thread.ts';

const check = devChecks(workerData as DevCheckSetup);
// One check at a time, in the order asked: each starts from the one before.
let queue = Promise.resolve();
parentPort?.on('message', (id: number) => {
  queue = queue.then(async () => {
    let reply: DevCheckReply;
    try {
      reply = { id, ok: true, check: await check() };
    } catch (error) {
      reply = { id, ok: false, message: (error as Error).message };
    }
    parentPort?.postMessage(reply);
  });
});
