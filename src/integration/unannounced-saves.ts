import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { briefingOfRequest } from './briefing-of-request.ts';
import { fileStamp } from './file-stamp.ts';

/**
 * The longest a page waits for a save to reach the server (ms): for the file watcher to announce
 * it, and then for the module that renders it to be dropped. Both take 20 to 100 ms here; past
 * this, the page is served as it is.
 */
export const LONGEST_WAIT_FOR_A_SAVE = 250;

/** How often a waiting page looks again whether the saved file's modules were dropped (ms). */
const LOOK_AGAIN_EVERY = 2;

/** A module of the saved file as Vite's module runner holds it: evaluated, and its evaluation's promise. */
export interface LoadedModule {
  readonly evaluated: boolean;
  readonly promise?: unknown;
}

/**
 * Holds back, in `astro dev`, a briefing's page asked for while a save of its file is on its way:
 * saved but not yet announced by the file watcher, or announced but its module not yet dropped by
 * the server's module runner (Vite drops it 70 to 100 ms after the announcement, once its plugins
 * have seen the change). Such a request was answered with the page as it was before the save, so
 * an editor who reloads right after saving, or a preview that polls, saw the old page and waited
 * for two renders instead of one (0.24 to 0.47 s against 0.16 s at 1,000 briefings, and the stale
 * render held up the server's own work on the save). A browser that Astro reloads after a save
 * asks once the change is sent, and rarely waits here. Costs one `stat` of the briefing's file a
 * request for its page.
 */
export class UnannouncedSaves {
  readonly #root: string;
  readonly #modulesOf: (file: string) => Iterable<LoadedModule>;
  readonly #longestWait: number;
  /** Each briefing file's stamp (`fileStamp`) when the watcher last announced it, or when first asked about. */
  readonly #known = new Map<string, string>();
  /** Pages waiting for their file to be announced. */
  readonly #waiting = new Map<string, (() => void)[]>();
  /** Announced saves whose modules the runner has still to drop. */
  readonly #reloading = new Map<string, Promise<void>>();

  /**
   * `root`: the project's folder, which the pages' briefing files are below; `modulesOf`: the
   * modules the server's runners hold of a file (absolute path), as `loadedModules` finds them;
   * `longestWait`: how long a page waits at most for each step of a save (ms).
   */
  constructor(
    root: string,
    modulesOf: (file: string) => Iterable<LoadedModule>,
    longestWait = LONGEST_WAIT_FOR_A_SAVE,
  ) {
    this.#root = root;
    this.#modulesOf = modulesOf;
    this.#longestWait = longestWait;
  }

  /** The watcher announced a change to `path` (absolute): whoever waits for it goes on once its modules are dropped. */
  announced(path: string): void {
    const stamp = fileStamp(path);
    if (stamp === undefined) this.#known.delete(path);
    else this.#known.set(path, stamp);
    const stale = [...this.#modulesOf(path)]
      .filter((module) => module.evaluated)
      .map((module) => [module, module.promise] as const);
    if (stale.length > 0) {
      // A module evaluated again has a new promise: it was dropped in between.
      const reloading = lookUntil(
        () => stale.every(([module, promise]) => module.promise !== promise),
        this.#longestWait,
      );
      this.#reloading.set(path, reloading);
      void reloading.then(() => {
        if (this.#reloading.get(path) === reloading) this.#reloading.delete(path);
      });
    }
    for (const resume of this.#waiting.get(path)?.splice(0) ?? []) resume();
  }

  /** A Connect middleware: passes every request on, a briefing's page once the last save of its file has reached the server. */
  middleware(base: string): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
    return (request, _response, next) => {
      const briefing = briefingOfRequest(request, base);
      const file = briefing === undefined ? undefined : join(this.#root, briefing);
      const stamp = file === undefined ? undefined : fileStamp(file);
      if (file === undefined || stamp === undefined) {
        next();
        return;
      }
      const known = this.#known.get(file);
      if (known === undefined) this.#known.set(file, stamp);
      // Written since the watcher last announced it: the save is on its way.
      const announced = known === undefined || stamp === known ? Promise.resolve() : this.#announcement(file, stamp);
      void announced.then(() => this.#reloading.get(file)).then(next);
    };
  }

  /** Resolves once `file` is announced, or after the longest wait; then its save, as `stamp`, counts as known. */
  #announcement(file: string, stamp: string): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        // Never announced (a change the watcher dropped): later requests do not wait for it again.
        this.#known.set(file, stamp);
        resolve();
      }, this.#longestWait);
      const waiting = this.#waiting.get(file) ?? [];
      this.#waiting.set(file, waiting);
      waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** Resolves once `done()` holds, looking every `LOOK_AGAIN_EVERY` ms, or after `longest` ms. */
function lookUntil(done: () => boolean, longest: number): Promise<void> {
  const deadline = Date.now() + longest;
  return new Promise((resolve) => {
    const look = () => {
      if (done() || Date.now() >= deadline) resolve();
      else setTimeout(look, LOOK_AGAIN_EVERY);
    };
    look();
  });
}

/** The modules of a file (absolute path) that the dev server's module runners hold, in every environment that has one. */
export function loadedModules(server: Pick<ViteDevServer, 'environments'>, file: string): LoadedModule[] {
  return Object.values(server.environments).flatMap((environment) => {
    const runner = 'runner' in environment ? (environment.runner as Partial<RunnerView> | undefined) : undefined;
    return [...(runner?.evaluatedModules?.getModulesByFile(file) ?? [])];
  });
}

/** The part of Vite's `ModuleRunner` read here. */
interface RunnerView {
  evaluatedModules: { getModulesByFile(file: string): Set<LoadedModule> | undefined };
}
