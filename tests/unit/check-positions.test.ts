import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/checker/check-project.ts';
import type { Point } from '../../src/checker/diagnostic.ts';
import { formatReport } from '../../src/checker/format.ts';
import type { RuleId } from '../../src/checker/rules/index.ts';

/**
 * One project written four ways: editors on Windows save CRLF, and some editors start a UTF-8 file
 * with a byte-order mark. Neither may move a diagnostic from where the editor sees the problem.
 */
const BRIEFING = [
  '---',
  'title: North Korea denies $2.2bn spree',
  'summary: >-',
  '  A UN panel puts the takings at',
  '  $3bn; Pyongyang calls it a lie.',
  'published: yesterday',
  'claims:',
  '  - id: un-estimate',
  '    text: UN monitors estimated that North Korea raised up to two billion US dollars.',
  '    status: reported',
  '    citations:',
  '      - source: un-poe-2019',
  '---',
  '',
  'Intro <Claim id="un-estimat">words</Claim> more.',
  '',
].join('\n');

const BROKEN_BRIEFING = `${BRIEFING}\nLater a {broken\n`;

const SOURCE = [
  'title: Midterm report of the Panel of Experts',
  'publisher: United Nations Security Council',
  'kind: newspaper',
  'colour: red',
  'notes: Leaked to news\u200B agencies.',
  '',
].join('\n');

const UNREADABLE_SOURCE = [
  'title: A report',
  'archive:',
  '\turl: https://web.archive.org/web/2019/https://example.org/',
  '',
].join('\n');

const VARIANTS = [
  ['LF line endings', (text: string) => text],
  ['CRLF line endings', (text: string) => text.replaceAll('\n', '\r\n')],
  ['a byte-order mark', (text: string) => `\uFEFF${text}`],
  ['a byte-order mark and CRLF line endings', (text: string) => `\uFEFF${text.replaceAll('\n', '\r\n')}`],
] as const;

type Variant = (typeof VARIANTS)[number];

function check([, write]: Variant) {
  const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(write(text)) });
  return checkProject({
    briefings: [
      file('content/briefings/un-estimate.mdx', BRIEFING),
      file('content/briefings/un-estimate-broken.mdx', BROKEN_BRIEFING),
    ],
    sources: [file('content/sources/un-poe.yaml', SOURCE), file('content/sources/unreadable.yaml', UNREADABLE_SOURCE)],
    snapshots: new Map(),
    today: '2026-11-25',
  });
}

/** Where each diagnostic of a rule in a file points, in order. */
function points(variant: Variant, file: string, rule: RuleId): Point[] {
  return check(variant)
    .diagnostics.filter((diagnostic) => diagnostic.file === `content/${file}` && diagnostic.rule === rule)
    .map(({ line, column }) => ({ line, column }));
}

describe('diagnostic positions', () => {
  it.each(VARIANTS)('a frontmatter value is pointed at in a briefing written with %s', (...variant) => {
    expect(points(variant, 'briefings/un-estimate.mdx', 'schema')).toEqual([{ line: 6, column: 12 }]);
  });

  it.each(VARIANTS)('a nested citation field is pointed at in a briefing written with %s', (...variant) => {
    expect(points(variant, 'briefings/un-estimate.mdx', 'unknown-source')).toEqual([{ line: 12, column: 17 }]);
  });

  it.each(VARIANTS)(
    'figures inside the title and a folded summary are pointed at in a briefing written with %s',
    (...variant) => {
      expect(points(variant, 'briefings/un-estimate.mdx', 'headline-number')).toEqual([
        { line: 2, column: 27 },
        { line: 5, column: 3 },
      ]);
    },
  );

  it.each(VARIANTS)('a <Claim> in the body is pointed at in a briefing written with %s', (...variant) => {
    expect(points(variant, 'briefings/un-estimate.mdx', 'unknown-claim')).toEqual([{ line: 15, column: 7 }]);
  });

  it.each(VARIANTS)('an MDX syntax error is pointed at in a briefing written with %s', (...variant) => {
    expect(points(variant, 'briefings/un-estimate-broken.mdx', 'mdx-syntax')).toEqual([{ line: 17, column: 9 }]);
  });

  it.each(VARIANTS)('a value and an unknown key are pointed at in a source written with %s', (...variant) => {
    expect(points(variant, 'sources/un-poe.yaml', 'schema')).toEqual([
      { line: 3, column: 7 },
      { line: 4, column: 1 },
    ]);
  });

  it.each(VARIANTS)('a hidden character is pointed at in a source written with %s', (...variant) => {
    expect(points(variant, 'sources/un-poe.yaml', 'hidden-characters')).toEqual([{ line: 5, column: 22 }]);
  });

  it.each(VARIANTS)('a YAML syntax error is pointed at in a source written with %s', (...variant) => {
    expect(points(variant, 'sources/unreadable.yaml', 'yaml')).toEqual([{ line: 3, column: 1 }]);
  });

  it('gives the same report whatever the line endings or byte-order mark', () => {
    const reports = VARIANTS.map((variant) => {
      const result = check(variant);
      return formatReport(result.diagnostics, result.fileCount, 'text');
    });
    expect(new Set(reports).size).toBe(1);
  });
});
