import { Worker } from 'node:worker_threads';
import { CACHE_ON_DISK, checkAgainAt, writeCache } from '../checker/check-cache-fs.ts';
import type { CheckCache } from '../checker/check-cache.ts';
import type { CheckOptions } from '../checker/options.ts';
import { heapLimitMegabytes } from '../checker/heap-limit-fs.ts';
import type { DevCheck } from './dev-diagnostics.ts';

/** What the thread is started with. */
export interface DevCheckSetup {
  root: string;
  options: CheckOptions;
}

/** What the thread answers a request with. */
export type DevCheckReply = { id: number; ok: true; check: DevCheck } | { id: number; ok: false; message: string };

/**
 * The checks of `astro dev`, each from the last one's results kept in memory (`checkAgainAt`):
 * the first starts from the cache `npm run check` and `npm run build` leave on disk, and leaves
 * its own there for the next start. The thread runs this; so does the dev server itself where no
 * thread can start.
 */
export function devChecks({ root, options }: DevCheckSetup): () => Promise<DevCheck> {
  let cache: CheckCache | undefined;
  return async () => {
    const { cache: next, changed, result } = await checkAgainAt(root, { options }, cache ?? CACHE_ON_DISK);
    if (cache === undefined && changed) await writeCache(root, next);
    cache = next;
    return { result, cites: result.errorCount > 0 ? citesByFile(next) : new Map() };
  };
}

/** Every content file by path, with the sources it cites (none for a source file). */
function citesByFile(cache: Pick<CheckCache, 'files'>): Map<string, readonly string[]> {
  return new Map([...cache.files].map(([path, record]) => [path, record.briefing?.cites ?? []]));
}

const ENTRY = new URL('./dev-check-worker.ts', import.meta.url);

/**
 * Runs `astro dev`'s checks on a thread of their own. A save's check and Astro's own work on the
 * same save (reading the file into the content store, recompiling its module, reloading the page)
 * then run side by side on two cores instead of one after the other on the server's thread, and the
 * page, which waits for the check, is shown sooner. Requests are answered in the order made. If
 * the thread cannot start, or stops, the checks go on in the dev server's own thread.
 */
export class DevCheckThread {
  readonly #setup: DevCheckSetup;
  readonly #pending = new Map<number, { resolve: (check: DevCheck) => void; reject: (error: Error) => void }>();
  #worker: Worker | undefined;
  #here: (() => Promise<DevCheck>) | undefined;
  #nextId = 0;
  readonly #onFallBack: (reason: string) => void;
  /** Whether the thread was stopped on purpose, which is no fall-back to report. */
  #closed = false;
  #reported = false;

  /** `onFallBack` hears, once, why the checks left their thread. */
  constructor(setup: DevCheckSetup, onFallBack: (reason: string) => void = () => {}, entry: URL = ENTRY) {
    this.#setup = setup;
    this.#onFallBack = onFallBack;
    try {
      // The room a check of the whole publication needs (3.6 GB at 20,000 briefings), as the
      // build's check process gets: a thread's heap does not follow its process's flags.
      const worker = new Worker(entry, {
        workerData: setup,
        resourceLimits: { maxOldGenerationSizeMb: heapLimitMegabytes() },
      });
      worker.unref();
      worker.on('message', (reply: DevCheckReply) => {
        const waiting = this.#pending.get(reply.id);
        this.#pending.delete(reply.id);
        if (reply.ok) waiting?.resolve(reply.check);
        else waiting?.reject(new Error(reply.message));
      });
      worker.on('error', (error: Error) => {
        this.#fallBack(error.message);
      });
      worker.on('exit', (code) => {
        this.#fallBack(`it stopped with exit code ${String(code)}`);
      });
      this.#worker = worker;
    } catch (error) {
      this.#fallBack((error as Error).message);
    }
  }

  /** Whether the checks run on their own thread (false once they have fallen back to this one). */
  get threaded(): boolean {
    return this.#worker !== undefined;
  }

  /** The old-generation heap the thread was given, in MB (undefined once the checks left it). */
  get heapLimitMegabytes(): number | undefined {
    return this.#worker?.resourceLimits?.maxOldGenerationSizeMb;
  }

  /** Checks the project as it is on disk now. */
  check(): Promise<DevCheck> {
    if (!this.#worker) return this.#inThisThread();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker!.postMessage(id);
    });
  }

  /** Stops the thread; later checks run in this one. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#closed = true;
    await worker?.terminate();
  }

  #inThisThread(): Promise<DevCheck> {
    this.#here ??= devChecks(this.#setup);
    return this.#here();
  }

  /** The thread is gone: what it was asked is checked here instead, as is everything after. */
  #fallBack(reason: string): void {
    if (!this.#closed && !this.#reported) {
      this.#reported = true;
      this.#onFallBack(reason);
    }
    this.#worker = undefined;
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    for (const { resolve, reject } of waiting) this.#inThisThread().then(resolve, reject);
  }
}
