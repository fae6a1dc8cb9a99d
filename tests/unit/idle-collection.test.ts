import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  collectGarbageWhenQuiet,
  fullCollection,
  idleCollection,
  QUIET_BEFORE_COLLECTING,
} from '../../src/integration/idle-collection.ts';

/*
 * `astro dev` collects the garbage of a content store reload once the server is quiet, so the
 * editor's next save does not pay for it.
 */

describe('the dev server collecting garbage when quiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('collects once the server has been quiet after work that left garbage, and only then', () => {
    const collect = vi.fn();
    const idle = idleCollection(collect);
    idle.requestStarted();
    idle.requestFinished();
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING * 5);
    expect(collect).not.toHaveBeenCalled();

    idle.leftGarbage();
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING - 1);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(collect).toHaveBeenCalledTimes(1);
    // Owed once, collected once.
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING * 5);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('never collects while a request is open, and waits out the quiet after the last one', () => {
    const collect = vi.fn();
    const idle = idleCollection(collect);
    idle.requestStarted();
    idle.leftGarbage();
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING * 3);
    expect(collect).not.toHaveBeenCalled();
    idle.requestStarted();
    idle.requestFinished();
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING * 3);
    expect(collect).not.toHaveBeenCalled();
    idle.requestFinished();
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING / 2);
    // A page asked for again (the editor saved) starts the quiet over.
    idle.requestStarted();
    idle.requestFinished();
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING / 2);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING / 2);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('is told by the dev server: a page served, and Astro writing under .astro/, not an editor saving', () => {
    const collect = vi.fn();
    const watcher = new EventEmitter();
    const middlewares: ((request: IncomingMessage, response: ServerResponse, next: () => void) => void)[] = [];
    const server = {
      middlewares: { use: (middleware: (typeof middlewares)[number]) => middlewares.push(middleware) },
      watcher,
      httpServer: null,
    } as unknown as ViteDevServer;
    collectGarbageWhenQuiet(server, '/site/.astro', collect);
    watcher.emit('change', '/site/content/briefings/lazarus-exchange-thefts.mdx');
    watcher.emit('change', '/site/.astro-notes');
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING * 3);
    expect(collect).not.toHaveBeenCalled();

    // The store is written while a page is being served: collected once that page is out, and quiet.
    const response = new EventEmitter();
    let passedOn = false;
    middlewares[0]!(new EventEmitter() as unknown as IncomingMessage, response as unknown as ServerResponse, () => {
      passedOn = true;
    });
    expect(passedOn).toBe(true);
    watcher.emit('change', '/site/.astro/data-store.json');
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING * 3);
    expect(collect).not.toHaveBeenCalled();
    response.emit('close');
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('collects nothing once disposed', () => {
    const collect = vi.fn();
    const idle = idleCollection(collect);
    idle.leftGarbage();
    idle.dispose();
    vi.advanceTimersByTime(QUIET_BEFORE_COLLECTING * 3);
    expect(collect).not.toHaveBeenCalled();
  });
});

describe("V8's full collection", () => {
  it('frees what nothing refers to any more', async () => {
    const collect = fullCollection();
    expect(collect).toBeTypeOf('function');
    const watched = new WeakRef({ payload: new Array(1000).fill('x') });
    // Out of this task, so no handle on the stack keeps it.
    await new Promise((resolve) => setImmediate(resolve));
    collect!();
    expect(watched.deref()).toBeUndefined();
  });
});
