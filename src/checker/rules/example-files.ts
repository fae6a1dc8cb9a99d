import type { RuleExample } from './define-rule.ts';

/**
 * The little world the rules' examples share: a briefing with one claim, `theft`, citing the news
 * report `wire`. Each example spells out only what differs, so the difference is what it shows;
 * every piece here passes every rule.
 */

/** A file's text from its lines, each ended by a line feed. */
export function lines(...text: readonly string[]): string {
  return text.map((line) => `${line}\n`).join('');
}

/** A briefing: the frontmatter's lines between its fences, a blank line, then the body. */
export function briefingFile(frontmatter: readonly string[], body: string): string {
  return lines('---', ...frontmatter, '---', '', body);
}

/** The fields every briefing needs besides its claims. */
export const BRIEFING_HEAD = [
  'title: A UN panel on cyber-theft',
  'summary: A UN panel reports that hackers stole from banks.',
  'published: 2019-09-16',
] as const;

/** The body of the briefing, with the claim marked. */
export const MARKED_BODY = '<Claim id="theft">A UN panel reports that hackers stole from banks</Claim>.';

/** How an example's claim `theft` differs from a reported claim citing `wire`, marked in the body. */
export interface TheftClaim {
  title?: string;
  status?: string;
  /** More fields of the claim, one a line as written under it (`quantities: [...]`). */
  fields?: readonly string[];
  /** The citations as a flow list (`[{ source: wire }]`), or the lines of a block list. */
  citations?: string | readonly string[];
  body?: string;
}

/** The briefing of the examples, with what the example changes. */
export function theftBriefing(claim: TheftClaim = {}): string {
  const { title, status = 'reported', fields = [], citations = '[{ source: wire }]', body = MARKED_BODY } = claim;
  return briefingFile(
    [
      ...(title === undefined ? BRIEFING_HEAD : [`title: ${title}`, ...BRIEFING_HEAD.slice(1)]),
      'claims:',
      '  - id: theft',
      '    text: A UN panel reported that hackers stole from banks.',
      `    status: ${status}`,
      ...fields.map((field) => `    ${field}`),
      ...(typeof citations === 'string'
        ? [`    citations: ${citations}`]
        : ['    citations:', ...citations.map((line) => `      ${line}`)]),
    ],
    body,
  );
}

/** The lines of `wire`, a news report with no address (so nothing about archives applies), to add fields to. */
export const WIRE_SOURCE_LINES = [
  'title: UN experts say hackers stole from banks',
  'publisher: Northern Wire',
  'kind: news-report',
  'published: 2019-08-05',
] as const;

export const WIRE_SOURCE = lines(...WIRE_SOURCE_LINES);

/** Another outlet's report of the same findings. */
export const TIMES_SOURCE = lines(
  'title: Hackers robbed banks, UN panel finds',
  'publisher: The Harbour Times',
  'kind: news-report',
  'published: 2019-08-06',
);

/** The text of `wire` as saved in `content/snapshots/wire.txt`, its pages marked as a captured PDF's are. */
export const WIRE_SNAPSHOT = lines(
  '[page 1]',
  '',
  'UN experts say hackers stole from banks. The panel met in New York on Monday.',
  '',
  '[page 2]',
  '',
  'Hackers stole $2 billion from banks, the experts said.',
);

/** A project of `wire` alone. */
export function wireOnly(wire: string): RuleExample {
  return { files: { 'content/sources/wire.yaml': wire } };
}

/** A project of a briefing citing `wire`, and `wire` (by default as above). */
export function briefingOnWire(briefing: string, wire: string = WIRE_SOURCE): RuleExample {
  return { files: { 'content/briefings/panel-report.mdx': briefing, 'content/sources/wire.yaml': wire } };
}

/** A project where the claim quotes `wire`, optionally at a page, and `wire`'s text is saved as its snapshot. */
export function quotingWire(quote: string, locator?: string): RuleExample {
  const citation = ['- source: wire', ...(locator === undefined ? [] : [`  locator: ${locator}`]), `  quote: ${quote}`];
  const { files } = briefingOnWire(
    theftBriefing({ citations: citation }),
    lines(...WIRE_SOURCE_LINES, 'snapshot: wire.txt'),
  );
  return { files: { ...files, 'content/snapshots/wire.txt': WIRE_SNAPSHOT } };
}
