import { archiveMismatch } from './archive-mismatch.ts';
import { archiveMissing } from './archive-missing.ts';
import { dateOrder } from './date-order.ts';
import { duplicateId } from './duplicate-id.ts';
import { headlineNumber } from './headline-number.ts';
import { hiddenCharacters } from './hidden-characters.ts';
import { locatorMismatch } from './locator-mismatch.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { quantityUnsupported } from './quantity-unsupported.ts';
import { quoteMismatch } from './quote-mismatch.ts';
import { quoteUnverifiable } from './quote-unverifiable.ts';
import { schema } from './schema.ts';
import { singleOrigin } from './single-origin.ts';
import { snapshotChanged } from './snapshot-changed.ts';
import { statusEvidence } from './status-evidence.ts';
import { uncitedClaim } from './uncited-claim.ts';
import { unknownClaim } from './unknown-claim.ts';
import { unknownSource } from './unknown-source.ts';
import { unsafeMdx } from './unsafe-mdx.ts';
import { unusedClaim } from './unused-claim.ts';
import { unusedSource } from './unused-source.ts';
import { urlRule } from './url.ts';
import { yaml } from './yaml.ts';

export type { RuleExample } from './define-rule.ts';

/**
 * Every rule of the editor contract (`content-format.md`), in the contract's order: the order of
 * `--rules`, of the README's table and of the rule list in option errors. Each module describes
 * itself (id, default severity, summary, examples); adding a rule is one file and one line here.
 */
export const RULES = [
  yaml,
  schema,
  mdxSyntax,
  duplicateId,
  unknownSource,
  uncitedClaim,
  unknownClaim,
  unusedClaim,
  unusedSource,
  statusEvidence,
  quantityUnsupported,
  headlineNumber,
  quoteMismatch,
  quoteUnverifiable,
  dateOrder,
  urlRule,
  archiveMissing,
  archiveMismatch,
  singleOrigin,
  hiddenCharacters,
  snapshotChanged,
  locatorMismatch,
  unsafeMdx,
] as const;

/** A rule id of the contract, such as `unknown-source`. Editors configure them, so never rename one. */
export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

const SEVERITIES: ReadonlyMap<string, 'error' | 'warn'> = new Map(RULES.map((rule) => [rule.id, rule.severity]));

export function isRuleId(value: string): value is RuleId {
  return SEVERITIES.has(value);
}

/** The severity a rule has when the project sets none. */
export function defaultSeverity(id: RuleId): 'error' | 'warn' {
  return SEVERITIES.get(id)!;
}
