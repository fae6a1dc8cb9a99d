import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../../src/checker/diagnostic.ts';
import { isRuleId } from '../../../src/checker/rules/index.ts';

/** A file's lines as the checker counts them, or `undefined` when there is no such file. */
export type LinesOf = (path: string) => readonly string[] | undefined;

/** Lines of a file's bytes: decoded leniently, without a byte-order mark, split at LF (CR stays on its line). */
export function linesOfBytes(bytes: Uint8Array): string[] {
  return new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .split('\n');
}

/** Reads lines from a project on disk; a symbolic link is reported at 1:1 and never read. */
export function linesOnDisk(root: string): LinesOf {
  return (path) => {
    const absolute = join(root, path);
    try {
      return lstatSync(absolute).isSymbolicLink() ? [''] : linesOfBytes(readFileSync(absolute));
    } catch {
      return undefined;
    }
  };
}

/**
 * What is wrong with a diagnostic as the contract defines it, or `undefined` when nothing is: a
 * file of the project, a 1-based line and column inside that file, a known rule, a severity, and
 * a message on one non-empty line.
 */
export function malformation(diagnostic: Diagnostic, linesOf: LinesOf): string | undefined {
  const { file, line, column, rule, message } = diagnostic;
  // Typed, but checked all the same: the CLI's JSON output is this shape too.
  const severity: string = diagnostic.severity;
  if (!/^content\/(briefings|sources)\//.test(file)) return `file ${JSON.stringify(file)} is not a content file`;
  if (!isRuleId(rule)) return `unknown rule ${JSON.stringify(rule)}`;
  if (severity !== 'error' && severity !== 'warning') return `unknown severity ${JSON.stringify(severity)}`;
  if (message.trim() === '' || /[\r\n\u2028\u2029]/.test(message)) return `message is not one line: ${message}`;
  const lines = linesOf(file);
  if (lines === undefined) return `file ${file} does not exist`;
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return `line ${line} is outside 1..${lines.length}`;
  const length = lines[line - 1]!.length;
  if (!Number.isInteger(column) || column < 1 || column > length + 1)
    return `column ${column} is outside 1..${length + 1} on line ${line}`;
  return undefined;
}

/** Every malformed diagnostic, with the reason, for one readable assertion. */
export function malformed(diagnostics: readonly Diagnostic[], linesOf: LinesOf): string[] {
  return diagnostics.flatMap((diagnostic) => {
    const problem = malformation(diagnostic, linesOf);
    return problem === undefined ? [] : [`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${problem}`];
  });
}

/** The contract's text line: `path:line:column: severity [rule] message`. */
export const DIAGNOSTIC_LINE =
  /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning) \[(?<rule>[a-z-]+)\] (?<message>.+)$/;
/** The closing line of a text report. */
export const SUMMARY_LINE =
  /^(?:\d+ problems? \(\d+ errors?, \d+ warnings?\) in \d+ files?|No problems in \d+ files?\.)$/;
