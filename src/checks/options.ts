import type { Diagnostic, Finding, Severity } from './diagnostic.ts';
import { RULES, isRuleId, type RuleId, type RuleSetting } from './rules.ts';

/** How a project tunes the checker, from `corroborate({ ... })` in `astro.config.mjs`. */
export interface CheckOptions {
  /** Severity per rule id: `off`, `warn` or `error`; rules not named keep their default. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /**
   * Safe mode (default `true`) rejects MDX that could run code: imports, exports, expressions,
   * components other than `Claim` and dangerous HTML. Switch it off only when every author is trusted.
   */
  safeMode?: boolean;
}

/**
 * Reports option mistakes in the words an editor needs; an unknown rule id or severity must not
 * be ignored, or a typo would silently switch nothing off.
 */
export function validateCheckOptions(options: unknown): string[] {
  const problems: string[] = [];
  if (options === undefined) return problems;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return ['corroborate() options must be an object such as { rules: { "archive-missing": "off" } }'];
  }
  for (const key of Object.keys(options)) {
    if (key !== 'rules' && key !== 'safeMode') problems.push(`unknown option "${key}"; expected "rules" or "safeMode"`);
  }
  const { rules, safeMode } = options as { rules?: unknown; safeMode?: unknown };
  if (safeMode !== undefined && typeof safeMode !== 'boolean') problems.push('"safeMode" must be true or false');
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      problems.push('"rules" must map rule ids to "off", "warn" or "error"');
    } else {
      for (const [id, setting] of Object.entries(rules)) {
        if (!isRuleId(id))
          problems.push(`unknown rule "${id}" in "rules"; the rules are: ${Object.keys(RULES).join(', ')}`);
        else if (setting !== 'off' && setting !== 'warn' && setting !== 'error') {
          problems.push(`rule "${id}" is set to ${JSON.stringify(setting)}; expected "off", "warn" or "error"`);
        }
      }
    }
  }
  return problems;
}

/** The severity a rule has in this project, or `undefined` when it is off. */
export function ruleSeverity(rule: RuleId, options: CheckOptions): Severity | undefined {
  const setting = options.rules?.[rule] ?? RULES[rule].severity;
  if (setting === 'off') return undefined;
  return setting === 'warn' ? 'warning' : 'error';
}

const LINE_BREAK_ESCAPES: Readonly<Record<string, string>> = {
  '\r\n': '\\r\\n',
  '\r': '\\r',
  '\n': '\\n',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
/**
 * Messages quote what editors wrote (ids, publishers, figures), which can hold line breaks; shown
 * as escapes they keep every diagnostic on the one line the contract promises.
 */
function oneLine(message: string): string {
  return message.replace(/\r\n|[\r\n\u2028\u2029]/g, (lineBreak) => LINE_BREAK_ESCAPES[lineBreak] ?? ' ');
}

/** Applies the project's severities; findings of rules switched off disappear here. */
export function toDiagnostics(findings: readonly Finding[], options: CheckOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    let severity = ruleSeverity(finding.rule, options);
    if (severity === undefined) continue;
    if (finding.maxSeverity === 'warning') severity = 'warning';
    diagnostics.push({
      file: finding.file,
      line: finding.point.line,
      column: finding.point.column,
      severity,
      rule: finding.rule,
      message: oneLine(finding.message),
    });
  }
  return diagnostics;
}
