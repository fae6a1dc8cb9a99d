import { z } from 'astro/zod';
import type { Diagnostic } from './diagnostic.ts';
import { RULE_IDS, type RuleId } from './rules/index.ts';

/**
 * What `npm run check` keeps between runs (in `node_modules/.cache/corroborate/`), so that a
 * check after an edit reads again only what the edit can have changed. Written by
 * `check-cache-fs.ts`, used by `check-incremental.ts`. Everything in it is derived: deleting it
 * only makes the next check a full one.
 */
export interface CheckCache {
  /**
   * What every result depends on: the checker's code, the options and today. A cache with another
   * key is not used at all.
   */
  key: string;
  /**
   * The digest of every input the last check read, by key: content files and snapshots by path
   * (`content/snapshots/<name>`), and facts about the whole library by a name starting `@`.
   */
  inputs: ReadonlyMap<string, string>;
  /**
   * How files looked on disk when their digest in `inputs` was taken (size, times, inode), by
   * path: a file that still looks so has that digest without being read again. Only files old
   * enough that any later change must show in their status have one (see `check-cache-fs.ts`).
   */
  stamps: ReadonlyMap<string, string>;
  /** What the last check found in each content file, by path. */
  files: ReadonlyMap<string, FileRecord>;
}

/** One content file's part in a check: all a later check needs to reuse it without reading it. */
export interface FileRecord {
  /** Its diagnostics, in the order the rules reported them. */
  diagnostics: Diagnostic[];
  /**
   * Keys of `inputs` besides the file itself that its diagnostics were derived from (the sources a
   * briefing cites and their snapshots, a source's snapshot, the library's ids): when none of them
   * and not the file changed, its diagnostics still hold.
   */
  dependsOn: string[];
  /** A briefing's facts that other files' diagnostics depend on; absent for sources. */
  briefing?: BriefingFacts;
}

/** What a briefing tells about the rest of the library (see the `unused-source` rule). */
export interface BriefingFacts {
  /** Every id its citations name as `source` or `via`, existing or not. */
  cites: string[];
  /** Whether its frontmatter could be read; when not, what it cites is unknown. */
  read: boolean;
}

/** Bumped whenever the layout below changes, so an older cache is ignored rather than misread. */
export const CACHE_FORMAT = 1;

/*
 * On disk, strings that recur (input keys, cited ids, rule ids) are written once in `strings` and
 * named by index; at 10,000 briefings citing some thirty inputs each this keeps the file a few
 * megabytes, and quick to read.
 */
const index = z.number().int().nonnegative();
const storedDiagnostic = z.tuple([
  index, // line
  index, // column
  z.enum(['error', 'warning']),
  index, // rule, an index into strings
  z.string(), // message
]);
const storedFile = z.tuple([
  index, // path
  z.array(storedDiagnostic),
  z.array(index), // dependsOn
  z.union([z.tuple([z.array(index), z.boolean()]), z.null()]), // briefing: [cites, read]
]);
const storedCache = z.object({
  format: z.literal(CACHE_FORMAT),
  key: z.string(),
  strings: z.array(z.string()),
  inputs: z.array(z.tuple([index, z.string()])),
  stamps: z.array(z.tuple([index, z.string()])),
  files: z.array(storedFile),
});

const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS);

/** The cache as the text of its file. */
export function serializeCache(cache: CheckCache): string {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const at = (value: string): number => {
    let found = indexes.get(value);
    if (found === undefined) {
      found = strings.length;
      strings.push(value);
      indexes.set(value, found);
    }
    return found;
  };
  const inputs = [...cache.inputs].map(([key, digest]) => [at(key), digest]);
  const stamps = [...cache.stamps].map(([path, stamp]) => [at(path), stamp]);
  const files = [...cache.files].map(([path, record]) => [
    at(path),
    record.diagnostics.map((d) => [d.line, d.column, d.severity, at(d.rule), d.message]),
    record.dependsOn.map(at),
    record.briefing ? [record.briefing.cites.map(at), record.briefing.read] : null,
  ]);
  return JSON.stringify({ format: CACHE_FORMAT, key: cache.key, strings, inputs, stamps, files });
}

/**
 * Reads a cache file's text back; `undefined` when it is not a cache of this format and key, or is
 * damaged in any way, so that a bad cache can only ever cost a full check.
 */
export function parseCache(text: string, key: string): CheckCache | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  // The key is compared before the whole file is validated: a stale cache costs no more than reading it.
  if ((value as { key?: unknown } | null)?.key !== key) return undefined;
  const parsed = storedCache.safeParse(value);
  if (!parsed.success) return undefined;
  const { strings, inputs, stamps, files } = parsed.data;
  const string = (at: number): string => {
    const found = strings[at];
    if (found === undefined) throw new RangeError(`no string ${at}`);
    return found;
  };
  try {
    return {
      key,
      inputs: new Map(inputs.map(([at, digest]) => [string(at), digest])),
      stamps: new Map(stamps.map(([at, stamp]) => [string(at), stamp])),
      files: new Map(
        files.map(([at, diagnostics, dependsOn, briefing]): [string, FileRecord] => {
          const path = string(at);
          const record: FileRecord = {
            diagnostics: diagnostics.map(([line, column, severity, rule, message]) => {
              const id = string(rule);
              if (!RULE_ID_SET.has(id)) throw new RangeError(`no rule ${id}`);
              return { file: path, line, column, severity, rule: id as RuleId, message };
            }),
            dependsOn: dependsOn.map(string),
          };
          if (briefing) record.briefing = { cites: briefing[0].map(string), read: briefing[1] };
          return [path, record];
        }),
      ),
    };
  } catch {
    return undefined;
  }
}
