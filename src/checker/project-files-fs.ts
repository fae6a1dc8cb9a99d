import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile, ProjectInput } from './model.ts';

/** Where content lives, relative to the project root (the contract's layout). */
export const CONTENT_DIRECTORIES = {
  briefings: 'content/briefings',
  sources: 'content/sources',
  snapshots: 'content/snapshots',
} as const;

/** A file found under a content folder; a symbolic link is listed as one, never followed. */
interface ListedFile {
  path: string;
  symbolicLink: boolean;
}

async function listFiles(directory: string): Promise<ListedFile[]> {
  try {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
      .map((entry) => ({ path: join(entry.parentPath, entry.name), symbolicLink: entry.isSymbolicLink() }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`cannot read ${directory}`, { cause: error });
  }
}

function toProjectPath(root: string, path: string): string {
  // Listed files lie under the root: cutting its prefix off is `relative` without its cost, which
  // was 35 ms of each save's check at 25,000 files.
  const prefix = root.endsWith(sep) ? root : root + sep;
  const under = path.startsWith(prefix) ? path.slice(prefix.length) : relative(root, path);
  return sep === '/' ? under : under.split(sep).join('/');
}

/*
 * Files are read one after another, synchronously: at 20,000 files of a 10,000-briefing
 * publication that takes 0.6 s, where as many promises of `fs/promises` take 3 s (each read is
 * four round trips through libuv's thread pool). The check works synchronously once they are read.
 */

/** A file's bytes as a plain `Uint8Array` over the buffer read, without copying them. */
function readBytes(path: string): Uint8Array {
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

async function readContentFiles(root: string, directory: string): Promise<ContentFile[]> {
  const files = await listFiles(join(root, directory));
  return files.map(({ path, symbolicLink }) =>
    // Astro's loader follows a link to whatever it names, anywhere on the machine; the checker
    // reads none of it (it could be a secret), and reports the link instead.
    symbolicLink
      ? { path: toProjectPath(root, path), bytes: new Uint8Array(), symbolicLink }
      : { path: toProjectPath(root, path), bytes: readBytes(path) },
  );
}

/** Today in the publication's calendar; UTC keeps a CI run and a laptop in agreement. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads the snapshots under a project's snapshot folder, by file name relative to it. The checker
 * and the site's snapshot loader both call this, so a quote is anchored in the very text it was
 * checked against. A linked snapshot is never read (its closest passage would be quoted in
 * diagnostics, and published), and only text is a snapshot: a capture's kept original
 * (`<id>.original.pdf`) is never read as one.
 */
export async function readSnapshotFiles(root: string): Promise<Map<string, string>> {
  const directory = join(root, CONTENT_DIRECTORIES.snapshots);
  const files = await listFiles(directory);
  const snapshots = new Map<string, string>();
  const paths = files.filter((file) => !file.symbolicLink && isSnapshotName(file.path)).map((file) => file.path);
  for (const path of paths) snapshots.set(toProjectPath(directory, path), readFileSync(path, 'utf8'));
  return snapshots;
}

/** Whether a file under the snapshot folder is a snapshot: plain text or Markdown. */
export function isSnapshotName(path: string): boolean {
  return /\.(txt|md)$/.test(path);
}

/** Reads a project's content from disk into the checker's input. */
export async function readProjectFiles(root: string, today = todayUtc()): Promise<ProjectInput> {
  const [briefings, sources, snapshots] = await Promise.all([
    readContentFiles(root, CONTENT_DIRECTORIES.briefings),
    readContentFiles(root, CONTENT_DIRECTORIES.sources),
    readSnapshotFiles(root),
  ]);
  return { briefings, sources, snapshots, today };
}

/** Text read the first time it is asked for, by key; keys are known without reading anything. */
class TextsOnDemand implements ReadonlyMap<string, string> {
  readonly #paths: ReadonlyMap<string, string>;
  readonly #read = new Map<string, string>();
  constructor(paths: ReadonlyMap<string, string>) {
    this.#paths = paths;
  }
  get size(): number {
    return this.#paths.size;
  }
  has(key: string): boolean {
    return this.#paths.has(key);
  }
  get(key: string): string | undefined {
    let text = this.#read.get(key);
    const path = this.#paths.get(key);
    if (text === undefined && path !== undefined) {
      text = readFileSync(path, 'utf8');
      this.#read.set(key, text);
    }
    return text;
  }
  *entries(): MapIterator<[string, string]> {
    for (const key of this.#paths.keys()) yield [key, this.get(key)!];
  }
  keys(): MapIterator<string> {
    return this.#paths.keys();
  }
  *values(): MapIterator<string> {
    for (const key of this.#paths.keys()) yield this.get(key)!;
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

/** A project listed with each file's status on disk, its bytes read only when asked for. */
export interface ProjectOnDemand {
  /** The checker's input: the same files as `readProjectFiles` gives, each read on first use. */
  input: ProjectInput;
  /**
   * The status of every file that is read when asked for, taken before it is read: content files
   * by path, snapshots by path too (`content/snapshots/<name>`). Links are never read, so have none.
   */
  stats: ReadonlyMap<string, BigIntStats>;
}

/**
 * What a process that watches the content folder knows of it (`astro dev`): each file's status as
 * its last check took it, and the files its watcher has seen saved, added or deleted since.
 */
export interface WatchedStatuses {
  stats: ReadonlyMap<string, BigIntStats>;
  /** Project paths (`content/briefings/a.mdx`, `content/snapshots/a.txt`). */
  changed: ReadonlySet<string>;
}

/**
 * Lists a project's content as `readProjectFiles` reads it, but reads a file only when the check
 * asks for its bytes: the check cache decides from each file's status which files it must read at
 * all. A file that vanishes before it is read fails the check, as it does when read at once.
 *
 * Given `watched`, a file its watcher has not seen change keeps the status the last check took
 * instead of being asked for it again: at 10,000 briefings asking each of 25,000 files took 185 ms
 * of every save's check in `astro dev`. The listing is still read whole, so added and deleted
 * files are found whatever the watcher said.
 */
export async function openProjectFiles(
  root: string,
  today = todayUtc(),
  watched?: WatchedStatuses,
): Promise<ProjectOnDemand> {
  const stats = new Map<string, BigIntStats>();
  const statusOf = (projectPath: string, path: string): BigIntStats =>
    (watched?.changed.has(projectPath) ? undefined : watched?.stats.get(projectPath)) ??
    statSync(path, { bigint: true });
  const onDemand = async (directory: string): Promise<ContentFile[]> =>
    (await listFiles(join(root, directory))).map(({ path, symbolicLink }): ContentFile => {
      const projectPath = toProjectPath(root, path);
      if (symbolicLink) return { path: projectPath, bytes: new Uint8Array(), symbolicLink };
      stats.set(projectPath, statusOf(projectPath, path));
      let bytes: Uint8Array | undefined;
      return {
        path: projectPath,
        get bytes() {
          return (bytes ??= readBytes(path));
        },
      };
    });
  const [briefings, sources, snapshotFiles] = await Promise.all([
    onDemand(CONTENT_DIRECTORIES.briefings),
    onDemand(CONTENT_DIRECTORIES.sources),
    listFiles(join(root, CONTENT_DIRECTORIES.snapshots)),
  ]);
  const directory = join(root, CONTENT_DIRECTORIES.snapshots);
  const snapshotPaths = new Map<string, string>();
  for (const file of snapshotFiles) {
    if (file.symbolicLink || !isSnapshotName(file.path)) continue;
    snapshotPaths.set(toProjectPath(directory, file.path), file.path);
    const projectPath = toProjectPath(root, file.path);
    stats.set(projectPath, statusOf(projectPath, file.path));
  }
  return { input: { briefings, sources, snapshots: new TextsOnDemand(snapshotPaths), today }, stats };
}
