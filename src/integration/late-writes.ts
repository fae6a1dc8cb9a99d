import { statSync, type Stats } from 'node:fs';
import { fileStamp, stampOf } from './file-stamp.ts';

/** The part of Vite's file watcher (chokidar) this module listens to and speaks through. */
export interface FileWatcher {
  on(event: 'change' | 'add', listener: (path: string, stats?: Stats) => void): unknown;
  emit(event: string, ...args: unknown[]): boolean;
}

/**
 * How long after a change is announced the file is looked at again: past chokidar's 50 ms in which
 * it drops further changes of the same file, with room for a busy event loop.
 */
export const SETTLE_MILLISECONDS = 120;

/**
 * Announces again the writes Vite's watcher stays silent about. A save is often more than one
 * write (the file emptied, then written, or written in pieces): chokidar announces the first and
 * then drops the same file's changes for 50 ms, so everything that reads the file when told (the
 * dev server's check, the content store, the page's module) can be left holding half a save until
 * the next one. The briefing showed "the frontmatter is never closed" after its fix was saved.
 *
 * So each change of a file `watches` accepts is looked at again `settleMilliseconds` later, and if
 * the file was written since the stat chokidar took when it announced the change, the change is
 * announced again, to every listener, as chokidar itself would have: one stat a save, and a save
 * written at once costs no time at all.
 */
export function announceLateWrites(
  watcher: FileWatcher,
  watches: (path: string) => boolean,
  settleMilliseconds = SETTLE_MILLISECONDS,
): void {
  const pending = new Map<string, { stamp: string | undefined; timer: NodeJS.Timeout }>();
  const lookAgain = (path: string) => {
    const seen = pending.get(path);
    pending.delete(path);
    const stats = statSync(path, { throwIfNoEntry: false });
    // Gone: chokidar announces a deletion itself, and after it nothing is left to read.
    if (!stats || !seen || stampOf(stats) === seen.stamp) return;
    // Heard by this module's own listener too, which looks once more after this announcement.
    watcher.emit('change', path, stats);
    watcher.emit('all', 'change', path, stats);
  };
  const announced = (path: string, stats?: Stats) => {
    if (!watches(path)) return;
    clearTimeout(pending.get(path)?.timer);
    // chokidar passes the stat it took before announcing; a listener reads the file after it.
    const stamp = stats ? stampOf(stats) : fileStamp(path);
    const timer = setTimeout(lookAgain, settleMilliseconds, path);
    // A pending look does not keep a closing server's process alive.
    timer.unref();
    pending.set(path, { stamp, timer });
  };
  watcher.on('change', announced);
  watcher.on('add', announced);
}
