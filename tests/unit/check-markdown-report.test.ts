import { describe, expect, it } from 'vitest';
import { claimsOf, diffClaims } from '../../src/checker/claim-changes.ts';
import { escapeMarkdown, formatMarkdownReport } from '../../src/checker/format-markdown.ts';

const briefing = (claims: string) => `---\ntitle: T\nclaims:\n${claims}---\n\nBody.\n`;
const claim = (id: string, status: string, text = 'A claim.') =>
  `  - id: ${id}\n    text: ${text}\n    status: ${status}\n    citations:\n      - source: kcna\n        stance: disputes\n`;

describe('the pull-request summary', () => {
  it('lists new, changed and removed claims with their status and sources', () => {
    const before = claimsOf(
      briefing(claim('kept', 'reported') + claim('edited', 'reported') + claim('gone', 'reported')),
    );
    const after = claimsOf(briefing(claim('kept', 'reported') + claim('edited', 'denied') + claim('added', 'false')));
    const changes = diffClaims('dprk', before, after);
    expect(changes.map((change) => `${change.kind} ${change.claim.id}`)).toEqual([
      'changed edited',
      'new added',
      'removed gone',
    ]);

    const report = formatMarkdownReport([], 3, { claimChanges: changes, publishers: new Map([['kcna', 'KCNA']]) });
    expect(report).toContain('| New | dprk | A claim. (added) | False | KCNA (disputes) |');
    expect(report).toContain('| Changed | dprk | A claim. (edited) | Denied | KCNA (disputes) |');
    expect(report).toContain('## Content check: passed');
  });

  it('lists every problem with its place and rule', () => {
    const report = formatMarkdownReport(
      [
        {
          file: 'content/briefings/a.mdx',
          line: 3,
          column: 5,
          severity: 'error',
          rule: 'unknown-source',
          message: 'citation source "x" does not exist',
        },
      ],
      2,
    );
    expect(report).toContain('## Content check: errors to fix');
    expect(report).toContain(
      '| Error | content/briefings/a.mdx:3:5 | unknown-source | citation source "x" does not exist |',
    );
    expect(report).toContain('1 problem (1 error, 0 warnings) in 1 file');
  });

  it("keeps editors' text from breaking the table or adding markup", () => {
    expect(escapeMarkdown('a | b <script>x</script> [link](javascript:x) `code`\nnext')).toBe(
      'a \\| b \\<script\\>x\\</script\\> \\[link\\](javascript:x) \\`code\\` next',
    );
  });
});
