import { compareDiagnostics, type Diagnostic, type Finding } from './diagnostic.ts';
import { loadBriefing } from './load-briefing.ts';
import { loadSource } from './load-source.ts';
import type { CheckContext, LoadedBriefing, LoadedSource, ProjectInput, RefusedFile } from './model.ts';
import { openContentFile } from './open-content-file.ts';
import { ruleSeverity, toDiagnostics, type CheckOptions } from './options.ts';
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

/** A source file that could not be decoded: present, so no citation of it is unknown, but unread. */
function undecodedSource(id: string, path: string): LoadedSource {
  const file = textFile(path, '');
  return { id, file, document: parseYamlDocument(file), data: {}, schemaProblems: [] };
}

/** Runs every rule of the contract over a project and returns all diagnostics, sorted. */
export function checkProject(input: ProjectInput, options: CheckOptions = {}): CheckResult {
  const refusedFiles: RefusedFile[] = [];

  const sources = new Map<string, LoadedSource>();
  const sourceNames = new Set(input.sources.map((file) => file.path.slice('content/sources/'.length)));
  for (const file of input.sources) {
    const opened = openContentFile(file, '.yaml', 'content/sources/', sourceNames);
    if (opened.refused) {
      refusedFiles.push(opened.refused);
      continue;
    }
    const loaded = opened.text ? loadSource(opened.id, opened.text) : undecodedSource(opened.id, file.path);
    sources.set(opened.id, { ...loaded, ...opened.problems });
  }

  const briefings: LoadedBriefing[] = [];
  const briefingNames = new Set(input.briefings.map((file) => file.path.slice('content/briefings/'.length)));
  for (const file of input.briefings) {
    const opened = openContentFile(file, '.mdx', 'content/briefings/', briefingNames);
    if (opened.refused) {
      refusedFiles.push(opened.refused);
      continue;
    }
    // Without a document its frontmatter counts as unread, so no rule guesses at what it cites.
    const loaded = opened.text
      ? loadBriefing(opened.id, opened.text)
      : { slug: opened.id, file: textFile(file.path, ''), data: {}, claims: [], marks: [], schemaProblems: [] };
    briefings.push({ ...loaded, ...opened.problems });
  }

  const context: CheckContext = {
    refusedFiles,
    sources,
    briefings,
    snapshots: input.snapshots,
    today: input.today,
    options,
  };
  if (input.partial) context.partial = input.partial;
  const findings: Finding[] = [];
  for (const rule of RULES) {
    // A rule that is off costs nothing: quote and number checks are the expensive ones.
    if (ruleSeverity(rule.id, options) === undefined) continue;
    rule.check(context, (finding) => findings.push({ ...finding, rule: rule.id }));
  }

  const diagnostics = toDiagnostics(findings, options).sort(compareDiagnostics);
  const errorCount = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return {
    diagnostics,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    fileCount: input.briefings.length + input.sources.length,
    context,
  };
}
