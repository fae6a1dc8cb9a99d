import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Corroborate's own folder: the checker's code lives here, whichever project it checks. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folders whose code decides what a check reports: the checker and all it imports from
 * (`tests/unit/check-cache.test.ts` holds the checker's imports to them).
 */
export const CHECKER_CODE = ['src/checker', 'src/reading', 'src/schemas', 'src/lib'] as const;

/**
 * What pins every dependency's version: the lock file, and npm's record of what is actually
 * installed (rewritten by every install, including one that strays from the lock).
 */
const LOCK_FILES = ['package-lock.json', 'node_modules/.package-lock.json'];

/**
 * A digest of files' paths (relative to `root`, with `/`) and bytes, in the order given, after
 * `prefix`: content, never modification times, which a checkout or a copy can leave unchanged or
 * reset. Every cache of the build keys on it: the check's code, the content loader's, the search
 * bundles' pages and files.
 */
export function digestFiles(root: string, files: readonly string[], prefix = ''): string {
  const hash = createHash('sha256').update(prefix);
  for (const file of files) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The files under `folder`, relative to it with `/`, sorted. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

async function readIfThere(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * A digest of the code that decides a check's results, part of the check cache's key, so that
 * results are never reused across a change of the checker, of a parser it uses or of Node (whose
 * Unicode tables the readers' regular expressions use). It hashes the text of every file under
 * {@link CHECKER_CODE}, the lock files and Node's version: content, not modification times, which
 * a checkout or a copy can leave unchanged or reset. That is some two hundred small files, a few
 * milliseconds against the seconds of a check, and it is read once per process.
 */
export function checkerFingerprint(): Promise<string> {
  // Once per process: the code that runs cannot change under it, and `astro dev` checks on every save.
  fingerprint ??= computeFingerprint();
  return fingerprint;
}

let fingerprint: Promise<string> | undefined;

async function computeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\n`);
  for (const folder of CHECKER_CODE) {
    const files = filesUnder(join(PACKAGE_ROOT, folder)).map((file) => `${folder}/${file}`);
    hash.update(`${digestFiles(PACKAGE_ROOT, files)}\n`);
  }
  for (const name of LOCK_FILES) {
    const bytes = await readIfThere(join(PACKAGE_ROOT, name));
    hash.update(`${name} ${bytes === undefined ? 'absent' : bytes.length}\n`);
    if (bytes) hash.update(bytes);
  }
  return hash.digest('hex');
}
