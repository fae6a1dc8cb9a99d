import { SLUG_PATTERN } from '../schemas/index.ts';
import { compareDiagnostics, type Diagnostic, type Finding } from './diagnostic.ts';
import { loadBriefing } from './load-briefing.ts';
import { loadSource } from './load-source.ts';
import type {
  CheckContext,
  ContentFile,
  FileProblems,
  LoadedBriefing,
  LoadedSource,
  ProjectInput,
  RefusedFile,
} from './model.ts';
import { ruleSeverity, toDiagnostics, type CheckOptions } from './options.ts';
import { RULES } from './rules/index.ts';
import { FILE_START } from './rules/locate.ts';
import { decodeFile, isDecodeFailure, textFile, type TextFile } from './text-file.ts';
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

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Shows the characters of a file name that print as nothing or as a plain space, so the editor sees what is wrong. */
function visibleName(name: string): string {
  return name.replace(
    /[\p{Cc}\p{Cf}]|(?! )\p{Z}/gu,
    (character) => `\\u${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** What opening a content file gives: nothing when it was refused, else its id, its text when it decoded, and its problems. */
type OpenedFile =
  | { refused: RefusedFile }
  | { refused?: undefined; id: string; text?: TextFile; problems: Omit<FileProblems, 'schemaProblems'> };

/**
 * Reads a content file's name and bytes; refuses a link, a file in a subfolder or of another
 * extension, and describes a bad name or bytes that are not UTF-8, for the rules to report.
 * `siblings` are the other names in the folder, to warn of names that differ only in case.
 */
function openContentFile(
  file: ContentFile,
  extension: string,
  folder: string,
  siblings: ReadonlySet<string>,
): OpenedFile {
  const name = baseName(file.path);
  if (file.symbolicLink) {
    // The site would publish whatever the link names, unchecked: a briefing anywhere in the
    // repository or on the build machine, with code the safe mode never saw.
    return {
      refused: {
        path: file.path,
        message: `"${visibleName(name)}" is a symbolic link; the checker does not follow links, but the site would publish what it points to unchecked: replace the link with the file itself`,
      },
    };
  }
  if (file.path !== `${folder}${name}`) {
    return {
      refused: {
        path: file.path,
        message: `"${file.path}" is in a subfolder, so it would be ignored; move it directly into ${folder}`,
      },
    };
  }
  if (!name.endsWith(extension)) {
    // Never drop content silently: a stray .md or .yml would otherwise just not appear.
    return {
      refused: {
        path: file.path,
        message: `"${name}" is not a ${extension} file, so it would be ignored; ${folder} holds only ${extension} files: rename it or move it out`,
      },
    };
  }
  const id = name.slice(0, -extension.length);
  const problems: Omit<FileProblems, 'schemaProblems'> = {};
  if (!SLUG_PATTERN.test(id)) {
    const fixed = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const suggestion = fixed ? `${fixed}${extension}` : undefined;
    // Renaming to a name that is taken, or keeping two names that differ only in case (one file
    // on macOS and Windows), would make one file overwrite the other.
    const taken = suggestion !== undefined && siblings.has(suggestion);
    problems.badName = {
      point: FILE_START,
      message:
        `file name "${visibleName(name)}" is not a valid id; use lower-case letters and digits joined by single hyphens` +
        (taken
          ? `, but "${suggestion}" already exists${suggestion.toLowerCase() === name.toLowerCase() ? ' and differs only in case (on macOS and Windows the two are one file)' : ''}: merge the two files or choose another name`
          : suggestion
            ? `, such as "${suggestion}"`
            : ''),
    };
  }
  const decoded = decodeFile(file.path, file.bytes);
  if (isDecodeFailure(decoded)) {
    problems.notUtf8 = {
      point: decoded.point,
      message: `the file is not valid UTF-8 (byte ${decoded.byteOffset}); save it as UTF-8`,
    };
    // The file is there, only unreadable: what it cites or holds is unknown, not absent.
    return { id, problems };
  }
  return { id, text: decoded, problems };
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
