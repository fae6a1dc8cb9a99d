import type { RuleId } from './rules/index.ts';

/** How serious a diagnostic is; only errors fail `npm run check` and the build. */
export type Severity = 'error' | 'warning';

/** One problem, in the contract's shape (`--format json` prints exactly these fields). */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line in the file itself. */
  line: number;
  /** 1-based column, in UTF-16 code units as editors count them. */
  column: number;
  severity: Severity;
  rule: RuleId;
  message: string;
}

/** A 1-based point in a file. */
export interface Point {
  line: number;
  column: number;
}

/**
 * What a rule reports before the project's severities are applied. `maxSeverity` lets one rule
 * report some findings as warnings only (the `url` rule's plain `http:`).
 */
export interface Finding {
  rule: RuleId;
  file: string;
  point: Point;
  message: string;
  maxSeverity?: Severity;
}

/** Stable order: by file, then position, then rule, so output never depends on file-system order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}
