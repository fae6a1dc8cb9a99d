import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnannouncedSaves, type LoadedModule } from '../../src/integration/unannounced-saves.ts';

/*
 * `astro dev` holds back a briefing's page asked for while a save of its file is on its way to the
 * server, so the page shows the save instead of the briefing as it was before it.
 */

let root: string;
let file: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'unannounced-'));
  mkdirSync(join(root, 'content/briefings'), { recursive: true });
  file = join(root, 'content/briefings/lazarus-exchange-thefts.mdx');
  saveAt(1_000);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes the briefing with the given modification time (seconds), as a save would. */
function saveAt(seconds: number): void {
  writeFileSync(file, `---\ntitle: "Saved at ${String(seconds)}"\n---\n`);
  utimesSync(file, seconds, seconds);
}

/** How long the tests let a page wait for a step of a save (ms): far past any pause of a busy machine. */
const PATIENT = 5_000;

/** Asks for a page; `passed()` says whether the request has been passed on to Astro yet. */
function ask(saves: UnannouncedSaves, url: string): { passed: () => boolean; done: Promise<void> } {
  let passed = false;
  const done = new Promise<void>((resolve) => {
    saves.middleware('/')(
      Object.assign(new EventEmitter(), { url }) as unknown as IncomingMessage,
      new EventEmitter() as unknown as ServerResponse,
      () => {
        passed = true;
        resolve();
      },
    );
  });
  return { passed: () => passed, done };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A module of the briefing as Vite's runner holds it: evaluated until dropped. */
function module(): LoadedModule & { drop(): void } {
  const loaded = { evaluated: true, promise: Promise.resolve() as unknown, drop: () => undefined };
  loaded.drop = () => {
    loaded.evaluated = false;
    loaded.promise = undefined;
  };
  return loaded;
}

const PAGE = '/briefings/lazarus-exchange-thefts/';

describe('a page asked for while a save is on its way', () => {
  it('passes the first request, an unchanged briefing and other pages on at once', async () => {
    const saves = new UnannouncedSaves(root, () => [], PATIENT);
    for (const url of [PAGE, PAGE, '/sources/group-ib/', '/briefings/no-such-briefing/']) {
      const request = ask(saves, url);
      await pause(0);
      expect(request.passed(), url).toBe(true);
    }
  });

  it('waits for the watcher to announce the save, then for the runner to drop the old module', async () => {
    const loaded = module();
    const saves = new UnannouncedSaves(root, (path) => (path === file ? [loaded] : []), PATIENT);
    await ask(saves, PAGE).done;
    saveAt(2_000);
    const first = ask(saves, PAGE);
    await pause(30);
    expect(first.passed()).toBe(false);
    saves.announced(file);
    // Announced, but the page would still render the module of the briefing before the save.
    const second = ask(saves, PAGE);
    await pause(30);
    expect(first.passed()).toBe(false);
    expect(second.passed()).toBe(false);
    loaded.drop();
    await Promise.all([first.done, second.done]);
    // Once the module is dropped, the page goes on at once.
    const third = ask(saves, PAGE);
    await pause(0);
    expect(third.passed()).toBe(true);
  });

  it('serves the page after a bounded wait when the save is never announced, and waits no more for it', async () => {
    const saves = new UnannouncedSaves(root, () => [], 100);
    await ask(saves, PAGE).done;
    saveAt(3_000);
    const waiting = ask(saves, PAGE);
    await pause(30);
    expect(waiting.passed()).toBe(false);
    await waiting.done;
    const next = ask(saves, PAGE);
    await pause(0);
    expect(next.passed()).toBe(true);
  });
});
