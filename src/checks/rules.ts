/**
 * Every rule of the editor contract (`content-format.md`), with its default severity. The ids are
 * part of the contract: editors configure them and tests pin them, so never rename one.
 */
export const RULES = {
  yaml: { severity: 'error', summary: 'malformed YAML or frontmatter; duplicate keys' },
  schema: {
    severity: 'error',
    summary: 'a field missing, of the wrong type, outside its values, or unknown; a bad file name',
  },
  'mdx-syntax': { severity: 'error', summary: 'MDX that does not parse' },
  'duplicate-id': { severity: 'error', summary: 'two claims with one id in a briefing' },
  'unknown-source': { severity: 'error', summary: "a citation's source or via names no source" },
  'uncited-claim': { severity: 'error', summary: 'a claim with no citation' },
  'unknown-claim': {
    severity: 'error',
    summary: '<Claim id> naming no claim of the briefing, or a <Claim> with no id or nested in another',
  },
  'unused-claim': { severity: 'warn', summary: 'a claim of the frontmatter never marked in the body' },
  'unused-source': { severity: 'warn', summary: 'a source cited by no briefing' },
  'status-evidence': { severity: 'error', summary: 'a status its citations do not bear' },
  'quantity-unsupported': {
    severity: 'error',
    summary: 'a quantity that no quote of a supporting citation of its claim states',
  },
  'headline-number': { severity: 'error', summary: "a number in the title or summary that no claim's quantity backs" },
  'quote-mismatch': { severity: 'error', summary: 'a quote not found in its snapshot' },
  'quote-unverifiable': { severity: 'warn', summary: 'a quote with no snapshot to check it against' },
  'date-order': { severity: 'error', summary: 'dates out of order or in the future' },
  url: { severity: 'error', summary: 'a URL that does not parse or is not http(s); plain http is a warning' },
  'archive-missing': { severity: 'warn', summary: 'a source with a url and no archive' },
  'archive-mismatch': { severity: 'error', summary: 'an archive URL that does not point at the source url or date' },
  'single-origin': {
    severity: 'warn',
    summary: 'a confirmed claim whose supporting citations all trace back to one source',
  },
  'hidden-characters': {
    severity: 'error',
    summary:
      'invisible characters, typed or escaped: format characters, line separators, a lone carriage return, fillers',
  },
  'snapshot-changed': {
    severity: 'error',
    summary: "a snapshot that no longer matches its capture's text-sha256: edited after it was captured",
  },
  'locator-mismatch': {
    severity: 'error',
    summary: 'a page locator that disagrees with the page of the snapshot the quote is on',
  },
  'unsafe-mdx': { severity: 'error', summary: 'MDX that could run code, in the default safe mode' },
} as const satisfies Record<string, { severity: 'error' | 'warn'; summary: string }>;

/** A rule id of the contract, such as `unknown-source`. */
export type RuleId = keyof typeof RULES;

/** What a project may set a rule to. */
export type RuleSetting = 'off' | 'warn' | 'error';

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULES, value);
}
