import { z } from 'astro/zod';
import type { Diagnostic, Finding, Severity } from './diagnostic.ts';
import { defaultSeverity, RULE_IDS, type RuleId } from './rules/index.ts';
import { suggest } from './suggest.ts';

const RULE_SETTINGS = ['off', 'warn', 'error'] as const;

/**
 * The options of `corroborate({ ... })` in `astro.config.mjs`. `npm run check` reads the same
 * object from the config, so the build and the checker can never judge by different rules. Strict:
 * a misspelt option must fail, or a typo would silently switch nothing off.
 */
export const corroborateOptionsSchema = z.strictObject({
  /** Severity per rule id: `off`, `warn` or `error`; rules not named keep their default. */
  rules: z.partialRecord(z.enum(RULE_IDS as [RuleId, ...RuleId[]]), z.enum(RULE_SETTINGS)).optional(),
  /**
   * Safe mode (default `true`) rejects MDX that could run code: imports, exports, expressions,
   * components other than `Claim` and dangerous HTML. Switch it off only when every author is trusted.
   */
  safeMode: z.boolean().optional(),
  /**
   * Whether `astro build` writes the Pagefind search index in its last step (default `true`).
   * `npm run build` sets it to `false` and indexes the site itself once Astro's process has ended,
   * so the two memory peaks of a large publication never stack.
   */
  searchIndex: z.boolean().optional(),
  /**
   * Which part of a sharded build this is (default the whole site): `{ index: 2, count: 4 }`
   * renders the second of four parts. `npm run build -- --shard 2/4` sets it; see
   * `src/lib/shard.ts` for what belongs to which shard.
   */
  shard: z
    .strictObject({
      /** This shard's number, from 1 to `count`. */
      index: z.int().min(1),
      /** How many shards the site is built in. */
      count: z.int().min(1),
    })
    .refine((shard) => shard.index <= shard.count, { message: 'index above count' })
    .optional(),
  /**
   * How many bundles the search index of a site built whole is split into (default 1), so that
   * Pagefind never holds more than one bundle's pages in memory; each page goes to the bundle
   * `shardOf` gives it, and readers' browsers search every bundle as one. `npm run build` sets it
   * from the publication's size (one bundle per 5,000 briefing and source pages) or from
   * `--search-bundles N`. A sharded build has one bundle per shard and leaves it unset.
   */
  searchBundles: z.int().min(1).max(1000).optional(),
});

/** The options of `corroborate()`, as `corroborateOptionsSchema` accepts them. */
export type CorroborateOptions = z.infer<typeof corroborateOptionsSchema>;

/** The part of the options the checker itself reads. */
export type CheckOptions = Pick<CorroborateOptions, 'rules' | 'safeMode'>;

const OPTION_NAMES = Object.keys(corroborateOptionsSchema.shape);

/** `"a", "b" or "c"`, for messages that list what is expected. */
function listOf(names: readonly string[]): string {
  const quoted = names.map((name) => JSON.stringify(name));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** `; did you mean "x"?` when an unknown name is plausibly a typo of a known one. */
function didYouMean(unknown: string, known: readonly string[]): string {
  const nearest = suggest(unknown, known);
  return nearest ? `; did you mean ${JSON.stringify(nearest)}?` : '';
}

/** One problem of the options in the words an editor needs: what is wrong, what is expected, the fix. */
function describeIssue(issue: z.core.$ZodIssue, options: unknown): string[] {
  const [first, second] = issue.path;
  if (issue.path.length === 0 && issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) =>
        `unknown option ${JSON.stringify(key)}; expected ${listOf(OPTION_NAMES)}${didYouMean(key, OPTION_NAMES)}`,
    );
  }
  if (issue.path.length === 0) {
    return ['corroborate() options must be an object such as { rules: { "archive-missing": "off" } }'];
  }
  if (first === 'rules' && issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) =>
        `unknown rule ${JSON.stringify(key)} in "rules"${didYouMean(key, RULE_IDS) || ';'} the rules are: ${RULE_IDS.join(', ')}`,
    );
  }
  if (first === 'rules' && second === undefined) {
    return ['"rules" must map rule ids to "off", "warn" or "error", such as { "archive-missing": "off" }'];
  }
  if (first === 'rules' && typeof second === 'string') {
    const setting = (options as { rules: Record<string, unknown> }).rules[second];
    return [`rule "${second}" is set to ${JSON.stringify(setting)}; expected ${listOf(RULE_SETTINGS)}`];
  }
  if (first === 'shard')
    return [
      `"shard" is ${JSON.stringify((options as Record<string, unknown>)['shard'])}; expected { index, count } with 1 ≤ index ≤ count, such as { index: 2, count: 4 } (npm run build -- --shard 2/4 sets it)`,
    ];
  if (first === 'searchBundles')
    return [
      `"searchBundles" is ${JSON.stringify((options as Record<string, unknown>)['searchBundles'])}; expected a whole number from 1 to 1000 (npm run build sets it; --search-bundles N chooses it)`,
    ];
  if (typeof first === 'string')
    return [`"${first}" must be true or false, not ${JSON.stringify((options as Record<string, unknown>)[first])}`];
  return [issue.message];
}

/**
 * Reports option mistakes in the words an editor needs (problem, expectation, fix); an empty list
 * when the options are valid.
 */
export function validateCheckOptions(options: unknown): string[] {
  if (options === undefined) return [];
  const parsed = corroborateOptionsSchema.safeParse(options);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) => describeIssue(issue, options));
}

/** The severity a rule has in this project, or `undefined` when it is off. */
export function ruleSeverity(rule: RuleId, options: CheckOptions): Severity | undefined {
  const setting = options.rules?.[rule] ?? defaultSeverity(rule);
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
