import { SLUG_PATTERN } from '../schemas/index.ts';
import { compareDiagnostics, type Diagnostic, type Finding } from './diagnostic.ts';
import { loadBriefing } from './load-briefing.ts';
import { loadSource } from './load-source.ts';
import type { CheckContext, ContentFile, LoadedBriefing, LoadedSource, ProjectInput } from './model.ts';
import { ruleSeverity, toDiagnostics, type CheckOptions } from './options.ts';
import { CONTENT_RULES } from './rules/index.ts';
import { sourcePoint } from './rules/locate.ts';
import { decodeFile, isDecodeFailure, type TextFile } from './text-file.ts';

/** The outcome of a check: what was found, and the loaded content for callers that go on to render. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** How many content files were read. */
  fileCount: number;
  context: CheckContext;
}

const FILE_START = { line: 1, column: 1 };

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Reads a content file's name and bytes; reports a bad name or extension, or bytes that are not
 * UTF-8, and returns the decoded file with its id when the file can be checked further.
 */
function openContentFile(
  file: ContentFile,
  extension: string,
  folder: string,
  report: (finding: Finding) => void,
): { id: string; text: TextFile } | undefined {
  const name = baseName(file.path);
  if (file.path !== `${folder}${name}`) {
    report({
      rule: 'schema',
      file: file.path,
      point: FILE_START,
      message: `"${file.path}" is in a subfolder, so it would be ignored; move it directly into ${folder}`,
    });
    return undefined;
  }
  if (!name.endsWith(extension)) {
    // Never drop content silently: a stray .md or .yml would otherwise just not appear.
    report({
      rule: 'schema',
      file: file.path,
      point: FILE_START,
      message: `"${name}" is not a ${extension} file, so it would be ignored; ${folder} holds only ${extension} files: rename it or move it out`,
    });
    return undefined;
  }
  const id = name.slice(0, -extension.length);
  if (!SLUG_PATTERN.test(id)) {
    const fixed = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    report({
      rule: 'schema',
      file: file.path,
      point: FILE_START,
      message: `file name "${name}" is not a valid id; use lower-case letters and digits joined by single hyphens${fixed ? `, such as "${fixed}${extension}"` : ''}`,
    });
  }
  const decoded = decodeFile(file.path, file.bytes);
  if (isDecodeFailure(decoded)) {
    report({
      rule: extension === '.yaml' ? 'yaml' : 'mdx-syntax',
      file: file.path,
      point: decoded.point,
      message: `the file is not valid UTF-8 (byte ${decoded.byteOffset}); save it as UTF-8`,
    });
    return undefined;
  }
  return { id, text: decoded };
}

/** Runs every rule of the contract over a project and returns all diagnostics, sorted. */
export function checkProject(input: ProjectInput, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const report = (finding: Finding): void => {
    findings.push(finding);
  };

  const sources = new Map<string, LoadedSource>();
  for (const file of input.sources) {
    const opened = openContentFile(file, '.yaml', 'content/sources/', report);
    if (opened) sources.set(opened.id, loadSource(opened.id, opened.text, report));
  }
  for (const source of sources.values()) {
    const snapshot = source.data.snapshot;
    if (snapshot !== undefined && !input.snapshots.has(snapshot)) {
      report({
        rule: 'schema',
        file: source.file.path,
        point: sourcePoint(source, ['snapshot']),
        message: `snapshot "${snapshot}" does not exist; save the source's text as content/snapshots/${snapshot} or remove the field`,
      });
    }
  }

  const briefings: LoadedBriefing[] = [];
  for (const file of input.briefings) {
    const opened = openContentFile(file, '.mdx', 'content/briefings/', report);
    if (opened) briefings.push(loadBriefing(opened.id, opened.text, report));
  }

  const context: CheckContext = { sources, briefings, snapshots: input.snapshots, today: input.today, options };
  if (input.partial) context.partial = input.partial;
  for (const rule of CONTENT_RULES) {
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
