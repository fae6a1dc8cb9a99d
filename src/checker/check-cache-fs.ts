import { createHash, hash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_FORMAT, parseCache, serializeCache, type CheckCache } from './check-cache.ts';
import { checkIncrementally, snapshotKey, type IncrementalCheck } from './check-incremental.ts';
import type { CheckOnDiskOptions } from './check-project-fs.ts';
import { checkerFingerprint } from './code-fingerprint-fs.ts';
import type { ProjectInput } from './model.ts';
import type { CheckOptions } from './options.ts';
import { readCheckOptions } from './options-fs.ts';
import { readProjectFiles, todayUtc } from './project-files-fs.ts';

/** Where the check cache lives, from the project root: a folder tools agree to treat as disposable. */
export const CACHE_FOLDER = 'node_modules/.cache/corroborate';
const CACHE_FILE = 'check.json';

/**
 * The first line of the cache file: what it is, its format and a digest of the rest, so that a
 * file cut short or damaged on disk is told from a good one before a byte of it is believed.
 */
const HEADER = 'corroborate check cache';

/** The key of a check: everything its results depend on besides the content files. */
export function cacheKey(fingerprint: string, options: CheckOptions, today: string): string {
  // Rule settings are sorted: the same settings written in another order are the same check.
  const rules = Object.entries(options.rules ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256')
    .update(JSON.stringify({ format: CACHE_FORMAT, fingerprint, rules, safeMode: options.safeMode ?? null, today }))
    .digest('hex');
}

/**
 * A digest of every file the check reads, by the keys `checkIncrementally` expects. A symbolic
 * link is never read, so its digest says only that it is one.
 */
export function digestInput(input: ProjectInput): Map<string, string> {
  const digests = new Map<string, string>();
  for (const file of [...input.briefings, ...input.sources]) {
    digests.set(file.path, file.symbolicLink ? 'symbolic link' : hash('sha256', file.bytes, 'base64url'));
  }
  for (const [name, text] of input.snapshots) digests.set(snapshotKey(name), hash('sha256', text, 'base64url'));
  return digests;
}

/** The project's cache under `key`, or `undefined` when there is none that can be trusted. */
export async function readCache(root: string, key: string): Promise<CheckCache | undefined> {
  let text: string;
  try {
    text = await readFile(join(root, CACHE_FOLDER, CACHE_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const end = text.indexOf('\n');
  const body = text.slice(end + 1);
  if (end === -1 || text.slice(0, end) !== `${HEADER} ${CACHE_FORMAT} ${hash('sha256', body)}`) return undefined;
  return parseCache(body, key);
}

/**
 * Writes the cache whole or not at all: into a file of its own, then renamed over the old one, so
 * a check running beside this one, or a write cut short, never leaves half a cache. A cache that
 * cannot be written (a read-only checkout, a full disk) only makes the next check a full one.
 */
export async function writeCache(root: string, cache: CheckCache): Promise<boolean> {
  const folder = join(root, CACHE_FOLDER);
  const body = serializeCache(cache);
  const temporary = join(folder, `${CACHE_FILE}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, `${HEADER} ${CACHE_FORMAT} ${hash('sha256', body)}\n${body}`);
    await rename(temporary, join(folder, CACHE_FILE));
    return true;
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
    return false;
  }
}

/**
 * Reads the project at `root` and checks it, reusing from the cache the diagnostics of every file
 * that neither changed nor depends on one that did, and saving the cache for the next check.
 * Reports exactly what `checkProjectAt` reports, which stays the check that trusts no cache
 * (`npm run check -- --no-cache`).
 */
export async function checkWithCacheAt(
  root: string,
  settings: CheckOnDiskOptions = {},
): Promise<Omit<IncrementalCheck, 'cache' | 'changed'>> {
  const options = settings.options ?? (await readCheckOptions(root));
  const today = settings.today ?? todayUtc();
  const [input, fingerprint] = await Promise.all([readProjectFiles(root, today), checkerFingerprint()]);
  const key = cacheKey(fingerprint, options, today);
  const { cache, changed, ...check } = checkIncrementally(
    input,
    options,
    digestInput(input),
    key,
    await readCache(root, key),
  );
  if (changed) await writeCache(root, cache);
  return check;
}
