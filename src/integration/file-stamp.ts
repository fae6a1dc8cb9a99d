import { statSync, type Stats } from 'node:fs';

/** What a file looked like on disk: a write since changes its modification time or its size. */
export function stampOf(stats: Pick<Stats, 'mtimeMs' | 'size' | 'ino'>): string {
  return `${String(stats.mtimeMs)}:${String(stats.size)}:${String(stats.ino)}`;
}

/** The stamp of the file at `path` now, or undefined when it cannot be read. */
export function fileStamp(path: string): string | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats && stampOf(stats);
}
