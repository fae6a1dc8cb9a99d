import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceLateWrites, SETTLE_MILLISECONDS } from '../../src/integration/late-writes.ts';

/*
 * Vite's watcher announces the first write of a save and drops the same file's changes for 50 ms.
 * The guard looks again after that and announces a save it would otherwise have swallowed.
 */

const folder = mkdtempSync(join(tmpdir(), 'corroborate-late-writes-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A watcher as chokidar is one: an event emitter, here told of changes by the test. */
function watcher() {
  const emitter = new EventEmitter();
  const heard: string[] = [];
  const all: string[] = [];
  announceLateWrites(emitter, (path) => path.startsWith(folder));
  emitter.on('change', (path: string) => heard.push(path));
  emitter.on('all', (event: string, path: string) => all.push(`${event} ${path}`));
  return { emitter, heard, all };
}

describe('announceLateWrites', () => {
  it('announces a save again when the file was written after its change was announced', () => {
    const { emitter, heard, all } = watcher();
    const file = join(folder, 'briefing.mdx');
    writeFileSync(file, '---\ntitle: Half');
    emitter.emit('change', file, statSync(file));
    // The rest of the save, inside the 50 ms in which chokidar says nothing.
    writeFileSync(file, '---\ntitle: Half a save, then the rest\n---\n');
    vi.advanceTimersByTime(SETTLE_MILLISECONDS);
    expect(heard).toEqual([file, file]);
    expect(all).toEqual([`change ${file}`]);
    // Looked at once more after its own announcement, and quiet once the file stays as it is.
    vi.advanceTimersByTime(SETTLE_MILLISECONDS * 3);
    expect(heard).toEqual([file, file]);
  });

  it('says nothing more of a save written at once', () => {
    const { emitter, heard } = watcher();
    const file = join(folder, 'whole.mdx');
    writeFileSync(file, 'all of it');
    emitter.emit('change', file, statSync(file));
    emitter.emit('add', file, statSync(file));
    vi.advanceTimersByTime(SETTLE_MILLISECONDS * 3);
    expect(heard).toEqual([file]);
  });

  it('stats the file itself when the announcement carries no stat', () => {
    const { emitter, heard } = watcher();
    const file = join(folder, 'no-stat.yaml');
    writeFileSync(file, 'id: a');
    emitter.emit('change', file);
    vi.advanceTimersByTime(SETTLE_MILLISECONDS);
    expect(heard).toEqual([file]);
    emitter.emit('change', file);
    writeFileSync(file, 'id: a\ntitle: later');
    vi.advanceTimersByTime(SETTLE_MILLISECONDS);
    expect(heard).toEqual([file, file, file]);
  });

  it('leaves alone a file deleted since, and files outside what it watches', () => {
    const { emitter, heard } = watcher();
    const gone = join(folder, 'gone.mdx');
    writeFileSync(gone, 'soon gone');
    emitter.emit('change', gone, statSync(gone));
    rmSync(gone);
    const outside = join(tmpdir(), `corroborate-outside-${String(process.pid)}.mdx`);
    writeFileSync(outside, 'first');
    emitter.emit('change', outside, statSync(outside));
    writeFileSync(outside, 'first and second');
    vi.advanceTimersByTime(SETTLE_MILLISECONDS * 3);
    rmSync(outside);
    expect(heard).toEqual([gone, outside]);
  });
});
