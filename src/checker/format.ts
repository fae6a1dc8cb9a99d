import type { Diagnostic } from './diagnostic.ts';
import { formatMarkdownReport } from './format-markdown.ts';

/** The output formats of `npm run check -- --format <name>`. */
export const FORMATS = ['text', 'json', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** One line in the contract's compiler style: `path:line:column: severity [rule] message`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, rule, message } = diagnostic;
  return `${file}:${line}:${column}: ${severity} [${rule}] ${message}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The closing line: `2 problems (1 error, 1 warning) in 2 files`. */
export function formatSummary(diagnostics: readonly Diagnostic[], fileCount: number): string {
  if (diagnostics.length === 0) return `No problems in ${plural(fileCount, 'file')}.`;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.file)).size;
  return `${plural(diagnostics.length, 'problem')} (${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')}) in ${plural(files, 'file')}`;
}

/** GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** A GitHub Actions annotation, shown inline on the pull request's changed lines. */
export function formatGithubAnnotation(diagnostic: Diagnostic): string {
  const command = diagnostic.severity === 'error' ? 'error' : 'warning';
  const properties = `file=${escapeProperty(diagnostic.file)},line=${diagnostic.line},col=${diagnostic.column},title=${escapeProperty(diagnostic.rule)}`;
  return `::${command} ${properties}::${escapeData(diagnostic.message)}`;
}

/** The whole report in one format, ending with a newline. */
export function formatReport(diagnostics: readonly Diagnostic[], fileCount: number, format: Format): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        diagnostics.map(({ file, line, column, severity, rule, message }) => ({
          file,
          line,
          column,
          severity,
          rule,
          message,
        })),
        null,
        2,
      )}\n`;
    case 'github':
      return diagnostics.map((diagnostic) => `${formatGithubAnnotation(diagnostic)}\n`).join('');
    case 'markdown':
      return formatMarkdownReport(diagnostics, fileCount);
    case 'text':
      return [...diagnostics.map(formatDiagnostic), formatSummary(diagnostics, fileCount)].join('\n') + '\n';
  }
}
