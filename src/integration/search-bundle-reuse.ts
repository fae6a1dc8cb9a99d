import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestFiles, filesUnder } from '../checker/code-fingerprint-fs.ts';

/**
 * A rebuild that indexes only the search bundles whose pages changed. Pagefind cannot update an
 * index: it reads every page of a bundle and writes the bundle whole. But a bundle's files follow
 * from its pages alone (the same pages give the same files, byte for byte), so a bundle none of
 * whose pages changed since the last build is that build's bundle, and is copied from it. At
 * 10,000 briefings an edit to one briefing changes one bundle of three.
 *
 * What the last build into each output folder indexed is recorded beside the check cache: per
 * bundle, a digest of its pages and one of the files Pagefind wrote. A bundle is copied only when
 * both still match: the pages are those it was made from, and the last build's copy in the output
 * folder is the one recorded (not edited, deleted or half-written since).
 */

/** The record's file name in the project's cache folder (`node_modules/.cache/corroborate/`). */
export const SEARCH_BUNDLE_RECORD = 'search-bundles.json';

/** What the last build indexed into one bundle. */
interface BundleRecord {
  /** Digest of the indexer's code, and the paths and bytes of the bundle's pages. */
  pages: string;
  /** Digest of the paths and bytes of the files Pagefind wrote for them. */
  files: string;
  /** How many pages Pagefind indexed into it. */
  pageCount: number;
}

/** What the last build into each output folder indexed: by folder, then by bundle (`pagefind/`, ...). */
type ReuseRecord = Record<string, Record<string, BundleRecord> | undefined>;

/** The code that decides what a bundle holds: this module, the indexer beside it, and Pagefind's version. */
function indexerCode(): string {
  const here = fileURLToPath(import.meta.url);
  const pagefindEntry = fileURLToPath(import.meta.resolve('pagefind'));
  const pagefind = JSON.parse(readFileSync(join(dirname(pagefindEntry), '../package.json'), 'utf8')) as {
    version: string;
  };
  return digestFiles(dirname(here), [basename(here), 'search-index.ts'], `pagefind ${pagefind.version}\n`);
}

/** The bundles the last build into one output folder indexed, and what this build indexes. */
export class SearchBundleReuse {
  private readonly record: ReuseRecord;
  private readonly last: Record<string, BundleRecord>;
  private readonly next: Record<string, BundleRecord> = {};
  private readonly code = indexerCode();

  private readonly recordFile: string;
  private readonly lastOutDir: string;

  /**
   * @param recordFile where the record is kept (under the project's cache folder)
   * @param lastOutDir the output folder of the last build, whose bundles may be copied
   */
  constructor(recordFile: string, lastOutDir: string) {
    this.recordFile = recordFile;
    this.lastOutDir = lastOutDir;
    let record: unknown;
    try {
      record = JSON.parse(readFileSync(recordFile, 'utf8'));
    } catch {
      record = undefined;
    }
    // A record that is missing, unreadable or of another shape means indexing every bundle.
    this.record =
      typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as ReuseRecord) : {};
    const last = this.record[lastOutDir];
    this.last = typeof last === 'object' ? last : {};
  }

  /**
   * Copies `bundle` from the last build into `outDir` when its `pages` (paths relative to
   * `outDir`) are what it was made from; returns its page count then, `undefined` otherwise.
   */
  reuse(outDir: string, bundle: string, pages: readonly string[]): number | undefined {
    const digest = digestFiles(outDir, pages, `${this.code}\n`);
    this.next[bundle] = { pages: digest, files: '', pageCount: 0 };
    const last = this.last[bundle];
    const copy = join(this.lastOutDir, bundle);
    if (last?.pages !== digest || !existsSync(copy) || digestFiles(copy, filesUnder(copy)) !== last.files)
      return undefined;
    cpSync(copy, join(outDir, bundle), { recursive: true });
    this.next[bundle] = last;
    return last.pageCount;
  }

  /** Records the bundle this build indexed into `outDir` (after a `reuse` that returned nothing). */
  indexed(outDir: string, bundle: string, pageCount: number): void {
    const entry = this.next[bundle];
    if (!entry) throw new Error(`search bundle ${bundle} was indexed without being looked up first`);
    const folder = join(outDir, bundle);
    this.next[bundle] = { ...entry, files: digestFiles(folder, filesUnder(folder)), pageCount };
  }

  /** Keeps the record of this build's bundles for the next build into the same output folder. */
  save(): void {
    mkdirSync(dirname(this.recordFile), { recursive: true });
    // Written whole and renamed into place: a build reading it meanwhile sees one record or the other.
    const temporary = `${this.recordFile}.${String(process.pid)}`;
    // Folders built into before and since removed (a test's, a shard's) are forgotten.
    const kept = Object.entries(this.record).filter(([outDir]) => outDir !== this.lastOutDir && existsSync(outDir));
    const record: ReuseRecord = { ...Object.fromEntries(kept), [this.lastOutDir]: this.next };
    writeFileSync(temporary, `${JSON.stringify(record)}\n`);
    renameSync(temporary, this.recordFile);
  }
}
