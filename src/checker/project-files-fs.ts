import { readFileSync } from 'node:fs';
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
  return relative(root, path).split(sep).join('/');
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
