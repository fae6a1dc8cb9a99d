import type { Finding } from '../diagnostic.ts';
import type { CheckContext, ReadProblem } from '../model.ts';

/**
 * A tiny project that shows what a rule is about: each content file's text by its path from the
 * project root (`content/briefings/<slug>.mdx`, `content/sources/<id>.yaml`,
 * `content/snapshots/<name>`), checked as it stands on `EXAMPLE_TODAY`.
 */
export interface RuleExample {
  files: Readonly<Record<string, string>>;
}

/** The day examples are checked on, so that their dates never drift into the future. */
export const EXAMPLE_TODAY = '2026-11-25';

/** How a rule reports a finding; the checker adds the rule's id. */
export type Report = (finding: Omit<Finding, 'rule'>) => void;

/**
 * One rule of the contract, described by itself as remark-lint's rule packages are: the registry
 * (`rules/index.ts`), `npm run check -- --rules` and the README's rule table all derive from it.
 */
export interface Rule<Id extends string = string> {
  /** The id editors configure and diagnostics print: part of the contract, so never renamed. */
  id: Id;
  /** The severity when the project sets none: `error` fails the check, `warn` only reports. */
  severity: 'error' | 'warn';
  /** What the rule catches, in one line: printed by `--rules`, and the rule's row in the README. */
  summary: string;
  /** A project the rule reports, and one it passes; a test runs both through the checker. */
  examples: { fails: RuleExample; passes: RuleExample };
  /** Reads the loaded project and reports each finding. */
  check(context: CheckContext, report: Report): void;
}

/** Declares a rule; the function only keeps its id's literal type, from which `RuleId` is derived. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/** Reports what a reader found wrong with a file (`yaml`, `schema`, `mdx-syntax`), skipping what it did not find. */
export function reportReadProblems(report: Report, file: string, problems: readonly (ReadProblem | undefined)[]): void {
  for (const problem of problems) if (problem) report({ file, point: problem.point, message: problem.message });
}
