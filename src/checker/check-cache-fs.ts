import { createHash, hash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_FORMAT, parseCache, serializeCache, type CheckCache } from './check-cache.ts';
import { checkIncrementally, snapshotKey, type IncrementalCheck } from './check-incremental.ts';
import type { CheckOnDiskOptions } from './check-project-fs.ts';
import { checkerFingerprint } from './code-fingerprint-fs.ts';
import type { CheckOptions } from './options.ts';
import { readCheckOptions } from './options-fs.ts';
import { openProjectFiles, todayUtc, type ProjectOnDemand, type WatchedStatuses } from './project-files-fs.ts';

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
 * How long ago a file must have last changed for its status to be trusted. Linux stamps files
 * with a clock that ticks every few milliseconds, and FAT file systems every two seconds: a file
 * changed twice within one tick, keeping its size, looks the same both times. A file whose change
 * time is this far behind the start of the check cannot change again without its status showing
 * it; files changed more recently are read again by the next check, whatever their status.
 */
const SETTLED_NS = 5_000_000_000n;

/**
 * Stamps already made, by status: `astro dev` keeps most files' statuses from one check to the
 * next (`WatchedStatuses`), and turning five big integers into text was 25 ms of each save's check
 * at 25,000 files.
 */
const stampsMade = new WeakMap<BigIntStats, string>();

/** What changes whenever a file's content may have: size, modification and change times, inode. */
function stampOf(stats: BigIntStats): string {
  let stamp = stampsMade.get(stats);
  if (stamp === undefined) {
    stamp = `${stats.size} ${stats.mtimeNs} ${stats.ctimeNs} ${stats.ino} ${stats.dev}`;
    stampsMade.set(stats, stamp);
  }
  return stamp;
}

/**
 * A digest of every file the check reads, by the keys `checkIncrementally` expects, and the stamps
 * to keep for the next check. A file whose status is what the last check saw, and was old enough
 * to be trusted then, keeps its digest unread; any other is read and hashed. A symbolic link is
 * never read, so its digest says only that it is one.
 */
export function digestProject(
  { input, stats }: ProjectOnDemand,
  previous: CheckCache | undefined,
  startedNs: bigint,
): { digests: Map<string, string>; stamps: Map<string, string> } {
  const digests = new Map<string, string>();
  const stamps = new Map<string, string>();
  const digest = (key: string, read: () => string | Uint8Array): void => {
    const status = stats.get(key);
    const stamp = status && stampOf(status);
    const known = stamp !== undefined && previous?.stamps.get(key) === stamp ? previous.inputs.get(key) : undefined;
    digests.set(key, known ?? hash('sha256', read(), 'base64url'));
    if (stamp !== undefined && status!.ctimeNs < startedNs - SETTLED_NS) stamps.set(key, stamp);
  };
  for (const file of [...input.briefings, ...input.sources]) {
    if (file.symbolicLink) digests.set(file.path, 'symbolic link');
    else digest(file.path, () => file.bytes);
  }
  for (const name of input.snapshots.keys()) digest(snapshotKey(name), () => input.snapshots.get(name)!);
  return { digests, stamps };
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

/** A check that reused what it could of a cache, and the cache for the next check. */
export interface CachedCheck extends Omit<IncrementalCheck, 'cache' | 'changed'> {
  cache: CheckCache;
  /** Whether `cache` differs from the one the check started from, so it is worth writing. */
  changed: boolean;
  /** The status of every file read when asked for, as this check took it (`WatchedStatuses`). */
  stats: ReadonlyMap<string, BigIntStats>;
}

/** Where `checkAgainAt` finds the last check: the project's cache file, or one kept in memory. */
export const CACHE_ON_DISK = 'on disk';

/**
 * Reads the project at `root` and checks it, reusing the diagnostics of every file that neither
 * changed nor depends on one that did since the check that made `previous`: the cache on disk
 * (`CACHE_ON_DISK`), or one a long-running process kept (`astro dev` checks again on every save).
 * Writes nothing. `clock` gives the time in nanoseconds, which decides which files have settled
 * (tests move it on to trust files they have just written). `watched` spares a process that
 * watches the content folder asking every file for its status (`openProjectFiles`).
 */
export async function checkAgainAt(
  root: string,
  settings: CheckOnDiskOptions = {},
  previous: CheckCache | typeof CACHE_ON_DISK = CACHE_ON_DISK,
  clock: () => bigint = () => BigInt(Date.now()) * 1_000_000n,
  watched?: WatchedStatuses,
): Promise<CachedCheck> {
  const startedNs = clock();
  const options = settings.options ?? (await readCheckOptions(root));
  const today = settings.today ?? todayUtc();
  const [project, fingerprint] = await Promise.all([openProjectFiles(root, today, watched), checkerFingerprint()]);
  const key = cacheKey(fingerprint, options, today);
  const before = previous === CACHE_ON_DISK ? await readCache(root, key) : previous;
  const { digests, stamps } = digestProject(project, before, startedNs);
  const { cache, changed, ...check } = checkIncrementally(project.input, options, digests, key, before);
  return {
    ...check,
    cache: { ...cache, stamps },
    changed: changed || !sameEntries(stamps, before?.stamps),
    stats: project.stats,
  };
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
  clock?: () => bigint,
): Promise<Omit<IncrementalCheck, 'cache' | 'changed'>> {
  const { cache, changed, stats: _stats, ...check } = await checkAgainAt(root, settings, CACHE_ON_DISK, clock);
  if (changed) await writeCache(root, cache);
  return check;
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string> | undefined): boolean {
  if (a.size !== b?.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
