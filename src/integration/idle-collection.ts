import { sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ViteDevServer } from 'vite';

/** How long `astro dev` must have been quiet, no request open and none finished, before it collects (ms). */
export const QUIET_BEFORE_COLLECTING = 1000;

/** What the dev server tells the collector: requests begin and end, and work that leaves much garbage was done. */
export interface IdleCollection {
  /** A request began; nothing is collected until it has finished. */
  requestStarted(): void;
  /** A request finished; the quiet period starts again. */
  requestFinished(): void;
  /**
   * Work that leaves much garbage was done or is due with the next request: the server started, or
   * Astro wrote its content store (which the next page reloads whole). The next quiet period ends
   * with a full collection.
   */
  leftGarbage(): void;
  /** Stops the timer, for a server that closes. */
  dispose(): void;
}

/**
 * Collects garbage in `astro dev` once the server falls quiet after work that left much of it,
 * instead of on the editor's next save. Astro reloads its whole content store module after any
 * change to a briefing's frontmatter (and at the start); at 1,000 briefings that leaves about
 * 300 MB of garbage, which V8 collected in the middle of the next save's work: a mark-compact of
 * 90 ms, and the edit reached its page in 0.40 s instead of 0.22 s (`--trace-gc`). Collected while
 * the editor reads, the next save meets a heap with room to spare.
 */
export function idleCollection(collect: () => void, quiet = QUIET_BEFORE_COLLECTING): IdleCollection {
  let open = 0;
  let owed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!owed || open > 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!owed || open > 0) return;
      owed = false;
      collect();
    }, quiet);
    // The server's sockets keep the process alive, not this timer.
    timer.unref();
  };
  return {
    requestStarted() {
      open++;
      wait();
    },
    requestFinished() {
      open = Math.max(0, open - 1);
      wait();
    },
    leftGarbage() {
      owed = true;
      wait();
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      owed = false;
    },
  };
}

/**
 * V8's full collection, or undefined where it cannot be had. Node gives it only to a process
 * started with `--expose-gc`; setting the flag afterwards exposes `gc` to contexts made from then
 * on, the way Jest's leak detector reaches it. Only the dev server calls this.
 */
export function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const collect: unknown = runInNewContext('gc');
    // Contexts made later (none here, but a plugin's) get no `gc` of their own.
    setFlagsFromString('--no-expose-gc');
    return typeof collect === 'function' ? () => void (collect as () => unknown)() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wires `idleCollection` into `astro dev`: every request through the server's middleware, and each
 * change under `astroFolder` (Astro's `.astro/`, where it writes its content store) as work that
 * left garbage. Undefined where V8's full collection cannot be had; the server runs as before.
 */
export function collectGarbageWhenQuiet(
  server: Pick<ViteDevServer, 'middlewares' | 'watcher' | 'httpServer'>,
  astroFolder: string,
  collect: (() => void) | undefined = fullCollection(),
  quiet = QUIET_BEFORE_COLLECTING,
): IdleCollection | undefined {
  if (!collect) return undefined;
  const collector = idleCollection(collect, quiet);
  server.middlewares.use((_request, response, next) => {
    collector.requestStarted();
    response.once('close', () => {
      collector.requestFinished();
    });
    next();
  });
  const inside = astroFolder + sep;
  const written = (path: string) => {
    if (path.startsWith(inside)) collector.leftGarbage();
  };
  server.watcher.on('change', written);
  server.watcher.on('add', written);
  server.httpServer?.once('close', () => {
    collector.dispose();
  });
  return collector;
}
