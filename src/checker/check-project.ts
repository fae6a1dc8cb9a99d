import { compareDiagnostics, type Diagnostic, type Finding } from './diagnostic.ts';
import { loadBriefing } from './load-briefing.ts';
import type { CheckContext, ContentFile, LoadedBriefing, LoadedSource, ProjectInput, RefusedFile } from './model.ts';
import { openContentFile } from './open-content-file.ts';
import { ruleSeverity, toDiagnostics, type CheckOptions } from './options.ts';
import { loadSourceRemembered } from './remembered-sources.ts';
import { RULES } from './rules/index.ts';
import { textFile } from './text-file.ts';
import { parseYamlDocument } from './yaml-document.ts';

/** The outcome of a check: what was found, and the loaded content for callers that go on to render. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** How many content files were read. */
  fileCount: number;
  context: CheckContext;
}

/** The folders content files live in, as prefixes of their paths. */
export const SOURCE_FOLDER = 'content/sources/';
export const BRIEFING_FOLDER = 'content/briefings/';

/** The names of a folder's files (subfolders included), for warnings about names that differ only in case. */
export function folderNames(files: readonly ContentFile[], folder: string): Set<string> {
  return new Set(files.map((file) => file.path.slice(folder.length)));
}

/** A source file that could not be decoded: present, so no citation of it is unknown, but unread. */
function undecodedSource(id: string, path: string): LoadedSource {
  const file = textFile(path, '');
  return { id, file, document: parseYamlDocument(file), data: {}, schemaProblems: [] };
}

/**
 * Opens and parses source files, by id in the order given; files refused unread go to `refused`.
 * `names` are every name in the folder, also of files not loaded now.
 */
export function loadSources(
  files: readonly ContentFile[],
  names: ReadonlySet<string>,
  refused: RefusedFile[],
): Map<string, LoadedSource> {
  const sources = new Map<string, LoadedSource>();
  for (const file of files) {
    const opened = openContentFile(file, '.yaml', SOURCE_FOLDER, names);
    if (opened.refused) {
      refused.push(opened.refused);
      continue;
    }
    const loaded = opened.text ? loadSourceRemembered(opened.id, opened.text) : undecodedSource(opened.id, file.path);
    sources.set(opened.id, { ...loaded, ...opened.problems });
  }
  return sources;
}

/** Opens and parses briefing files in the order given, as {@link loadSources} does sources. */
export function loadBriefings(
  files: readonly ContentFile[],
  names: ReadonlySet<string>,
  refused: RefusedFile[],
): LoadedBriefing[] {
  const briefings: LoadedBriefing[] = [];
  for (const file of files) {
    const opened = openContentFile(file, '.mdx', BRIEFING_FOLDER, names);
    if (opened.refused) {
      refused.push(opened.refused);
      continue;
    }
    // Without a document its frontmatter counts as unread, so no rule guesses at what it cites.
    const loaded = opened.text
      ? loadBriefing(opened.id, opened.text)
      : { slug: opened.id, file: textFile(file.path, ''), data: {}, claims: [], marks: [], schemaProblems: [] };
    briefings.push({ ...loaded, ...opened.problems });
  }
  return briefings;
}

/**
 * Runs every rule that is on over loaded content; the diagnostics come in the order the rules
 * report them, unsorted, so a caller that merges several runs can sort once.
 */
export function runRules(context: CheckContext): Diagnostic[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    // A rule that is off costs nothing: quote and number checks are the expensive ones.
    if (ruleSeverity(rule.id, context.options) === undefined) continue;
    rule.check(context, (finding) => findings.push({ ...finding, rule: rule.id }));
  }
  return toDiagnostics(findings, context.options);
}

/** Counts errors and warnings: what decides the exit status. */
export function countSeverities(diagnostics: readonly Diagnostic[]): { errorCount: number; warningCount: number } {
  const errorCount = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return { errorCount, warningCount: diagnostics.length - errorCount };
}

/** Runs every rule of the contract over a project and returns all diagnostics, sorted. */
export function checkProject(input: ProjectInput, options: CheckOptions = {}): CheckResult {
  const refusedFiles: RefusedFile[] = [];
  const sources = loadSources(input.sources, folderNames(input.sources, SOURCE_FOLDER), refusedFiles);
  const briefings = loadBriefings(input.briefings, folderNames(input.briefings, BRIEFING_FOLDER), refusedFiles);
  const context: CheckContext = {
    refusedFiles,
    sources,
    briefings,
    snapshots: input.snapshots,
    today: input.today,
    options,
  };
  if (input.partial) context.partial = input.partial;
  const diagnostics = runRules(context).sort(compareDiagnostics);
  return {
    diagnostics,
    ...countSeverities(diagnostics),
    fileCount: input.briefings.length + input.sources.length,
    context,
  };
}
