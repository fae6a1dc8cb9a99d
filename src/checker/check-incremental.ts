import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { BriefingFacts, CheckCache, FileRecord } from './check-cache.ts';
import {
  BRIEFING_FOLDER,
  countSeverities,
  folderNames,
  loadBriefings,
  loadSources,
  runRules,
  SOURCE_FOLDER,
  type CheckResult,
} from './check-project.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostic.ts';
import type { CheckContext, LoadedBriefing, LoadedSource, ProjectInput, RefusedFile } from './model.ts';
import { contentId } from './open-content-file.ts';
import type { CheckOptions } from './options.ts';
import { frontmatterWasRead } from './rules/readable.ts';

/** A check that reused what it could of the last one. */
export interface IncrementalCheck {
  /** Exactly what a full check (`checkProject`) reports, without the loaded content. */
  result: Pick<CheckResult, 'diagnostics' | 'errorCount' | 'warningCount' | 'fileCount'>;
  /** What the next check can reuse of this one, but for the files' stamps, which the caller keeps. */
  cache: Omit<CheckCache, 'stamps'>;
  /** Whether `cache` differs from the cache this check started from, so it is worth writing. */
  changed: boolean;
  /** Content files read and checked afresh, and those whose diagnostics came from the cache. */
  checked: number;
  reused: number;
}

/** The key under which a snapshot's digest is kept: its path in the project. */
export function snapshotKey(name: string): string {
  return `content/snapshots/${name}`;
}

/** The key of a source file by id: a citation of the id depends on whatever file is there, or on its absence. */
function sourceKey(id: string): string {
  return `${SOURCE_FOLDER}${id}.yaml`;
}

/*
 * Facts about the whole library that some files' diagnostics depend on; a file depends on one only
 * when its diagnostics can change with it, so adding a source does not re-check every briefing.
 */
/** Every source id, in order: an unknown citation suggests the nearest. */
const SOURCE_IDS = '@source-ids';
/** Every name in a folder: a badly named file is told when the name it should have is taken. */
const BRIEFING_NAMES = '@briefing-names';
const SOURCE_NAMES = '@source-names';

function digestOf(values: Iterable<string>): string {
  return bytesToHex(sha256(new TextEncoder().encode([...values].join('\n'))));
}

/** What some briefings tell together: all ids they cite, and whether any could not be read. */
interface LibraryFacts {
  cited: Set<string>;
  unread: boolean;
}

/** What `known` tells with `more` briefings added; `known` is left as it was. */
function withBriefings(known: LibraryFacts, more: Iterable<BriefingFacts>): LibraryFacts {
  const cited = new Set(known.cited);
  let unread = known.unread;
  for (const briefing of more) {
    for (const id of briefing.cites) cited.add(id);
    if (!briefing.read) unread = true;
  }
  return { cited, unread };
}

const NO_BRIEFINGS: LibraryFacts = { cited: new Set(), unread: false };

/** What the briefings among some file records tell together. */
function briefingFacts(records: Iterable<FileRecord>): LibraryFacts {
  const briefings: BriefingFacts[] = [];
  for (const { briefing } of records) if (briefing) briefings.push(briefing);
  return withBriefings(NO_BRIEFINGS, briefings);
}

/** Every id a briefing's citations name, as `unused-source` and `unknown-source` read them. */
function citesOf(briefing: LoadedBriefing): string[] {
  const ids = new Set<string>();
  for (const entry of briefing.claims) {
    for (const citation of entry.citations) {
      if (citation.source !== undefined) ids.add(citation.source);
      if (citation.via !== undefined) ids.add(citation.via);
    }
  }
  return [...ids];
}

/**
 * Checks a project as `checkProject` does, reusing the diagnostics of every file that neither
 * changed since `previous` nor depends on anything that did. The files that did are loaded with
 * the sources they cite, and checked as part of the whole library: the ids of every source, what
 * the other briefings cite and whether they could be read come from the cache (`PartialProject`,
 * as `check --changed` uses it), so cross-file rules judge them as a full check would.
 *
 * `digests` holds a digest of every file of `input` by path, and of every snapshot by
 * {@link snapshotKey}; `key` covers everything else a result depends on (code, options, today),
 * and `previous` is used only when it was made under the same key.
 */
export function checkIncrementally(
  input: ProjectInput,
  options: CheckOptions,
  digests: ReadonlyMap<string, string>,
  key: string,
  previous?: Omit<CheckCache, 'stamps'>,
): IncrementalCheck {
  const before = previous?.key === key ? previous : undefined;
  const sourceIds = new Set(input.sources.flatMap((file) => contentId(file, '.yaml', SOURCE_FOLDER) ?? []));
  const briefingNames = folderNames(input.briefings, BRIEFING_FOLDER);
  const sourceNames = folderNames(input.sources, SOURCE_FOLDER);
  const inputs = new Map(digests);
  inputs.set(SOURCE_IDS, digestOf(sourceIds));
  inputs.set(BRIEFING_NAMES, digestOf(briefingNames));
  inputs.set(SOURCE_NAMES, digestOf(sourceNames));

  const changedInputs = new Set<string>();
  for (const [name, digest] of inputs) if (before?.inputs.get(name) !== digest) changedInputs.add(name);
  for (const name of before?.inputs.keys() ?? []) if (!inputs.has(name)) changedInputs.add(name);
  const reusable = (path: string): FileRecord | undefined => {
    const record = before?.files.get(path);
    if (!record || changedInputs.has(path) || record.dependsOn.some((name) => changedInputs.has(name)))
      return undefined;
    return record;
  };

  const records = new Map<string, FileRecord>();
  for (const file of [...input.briefings, ...input.sources]) {
    const record = reusable(file.path);
    if (record) records.set(file.path, record);
  }

  // Briefings first: what the changed ones cite decides which sources turn used or unused.
  const briefingsRefused: RefusedFile[] = [];
  const briefings = loadBriefings(
    input.briefings.filter((file) => !records.has(file.path)),
    briefingNames,
    briefingsRefused,
  );
  const fresh = new Map(
    briefings.map((briefing): [string, BriefingFacts] => [
      briefing.file.path,
      { cites: citesOf(briefing), read: frontmatterWasRead(briefing) },
    ]),
  );
  // Every briefing's citations are gathered once, in `elsewhere`; a save's check is then about the
  // few files it changed. The records reused are the very objects `before` holds, so what the last
  // check knew beyond `elsewhere` is in its other records.
  const elsewhere = briefingFacts(records.values());
  const now = withBriefings(elsewhere, fresh.values());
  const then = before
    ? withBriefings(
        elsewhere,
        [...before.files].flatMap(([path, record]) =>
          records.get(path) === record || !record.briefing ? [] : [record.briefing],
        ),
      )
    : NO_BRIEFINGS;
  for (const file of input.sources) {
    const id = contentId(file, '.yaml', SOURCE_FOLDER);
    const turned = now.unread !== then.unread || (id !== undefined && now.cited.has(id) !== then.cited.has(id));
    if (turned) records.delete(file.path);
  }

  // Changed sources are checked; the sources changed briefings cite are loaded only to be read.
  const cited = new Set([...fresh.values()].flatMap((facts) => facts.cites));
  const sourcesRefused: RefusedFile[] = [];
  const sources = loadSources(
    input.sources.filter((file) => {
      if (!records.has(file.path)) return true;
      const id = contentId(file, '.yaml', SOURCE_FOLDER);
      return id !== undefined && cited.has(id);
    }),
    sourceNames,
    sourcesRefused,
  );

  const context: CheckContext = {
    refusedFiles: [...sourcesRefused, ...briefingsRefused],
    sources,
    briefings,
    snapshots: input.snapshots,
    today: input.today,
    options,
    partial: { sourceIds, citedElsewhere: elsewhere.cited, unreadElsewhere: elsewhere.unread },
  };
  const found = new Map<string, Diagnostic[]>();
  for (const diagnostic of runRules(context)) {
    const list = found.get(diagnostic.file);
    if (list) list.push(diagnostic);
    else found.set(diagnostic.file, [diagnostic]);
  }

  let checked = 0;
  const recordOf = (path: string, dependsOn: string[], briefing?: FileRecord['briefing']): void => {
    checked += 1;
    const record: FileRecord = { diagnostics: found.get(path) ?? [], dependsOn };
    if (briefing) record.briefing = briefing;
    records.set(path, record);
  };
  for (const briefing of briefings) {
    const facts = fresh.get(briefing.file.path)!;
    recordOf(briefing.file.path, briefingInputs(briefing, facts.cites, sources, sourceIds), facts);
  }
  for (const source of sources.values()) {
    if (!records.has(source.file.path)) recordOf(source.file.path, sourceInputs(source));
  }
  for (const { path } of context.refusedFiles) recordOf(path, []);

  const files = new Map<string, FileRecord>();
  const diagnostics: Diagnostic[] = [];
  for (const file of [...input.briefings, ...input.sources]) {
    const record = records.get(file.path);
    // Every file was either reused or loaded above; a gap would be a bug here, never a pass.
    if (!record) throw new Error(`the incremental check lost ${file.path}`);
    files.set(file.path, record);
    diagnostics.push(...record.diagnostics);
  }
  diagnostics.sort(compareDiagnostics);
  const fileCount = input.briefings.length + input.sources.length;
  return {
    result: { diagnostics, ...countSeverities(diagnostics), fileCount },
    cache: { key, inputs, files },
    changed: before === undefined || changedInputs.size > 0 || checked > 0 || before.files.size !== files.size,
    checked,
    reused: fileCount - checked,
  };
}

/** What a briefing's diagnostics depend on besides its own text: what it cites, and their snapshots. */
function briefingInputs(
  briefing: LoadedBriefing,
  cites: readonly string[],
  sources: ReadonlyMap<string, LoadedSource>,
  sourceIds: ReadonlySet<string>,
): string[] {
  const names = new Set<string>();
  for (const id of cites) {
    names.add(sourceKey(id));
    const snapshot = sources.get(id)?.data.snapshot;
    if (snapshot !== undefined) names.add(snapshotKey(snapshot));
    if (!sourceIds.has(id)) names.add(SOURCE_IDS);
  }
  if (briefing.badName) names.add(BRIEFING_NAMES);
  return [...names];
}

/** What a source's diagnostics depend on besides its own text; who cites it is compared separately. */
function sourceInputs(source: LoadedSource): string[] {
  const names: string[] = [];
  if (source.data.snapshot !== undefined) names.push(snapshotKey(source.data.snapshot));
  if (source.badName) names.push(SOURCE_NAMES);
  return names;
}
