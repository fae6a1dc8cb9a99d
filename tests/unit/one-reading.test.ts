import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/checker/check-project.ts';
import type { Diagnostic } from '../../src/checker/diagnostic.ts';
import { readContentFile } from '../../src/integration/content-loader.ts';
import { frontmatterGuard } from '../../src/integration/frontmatter-guard.ts';
import { claimCardPlacement, renderGuard } from '../../src/integration/render-guard.ts';
import { blankFrontmatter, findFrontmatter } from '../../src/reading/frontmatter.ts';
import { MDX_FEATURES, parseBody } from '../../src/reading/parse-body.ts';
import { readClaimMarks } from '../../src/reading/read-claim-marks.ts';

/**
 * The outside test that broke the trust model: each input below passed `npm run check` while the
 * site read it differently. Each must now be refused twice: by the checker, at the right line,
 * and by the renderer itself, as if the checker had been bypassed.
 */

const SOURCE = ['title: A report', 'publisher: The Daily Example', 'kind: news-report', ''].join('\n');

const FRONTMATTER = [
  '---',
  'title: A briefing',
  'summary: One sentence.',
  'published: 2019-09-16',
  'claims:',
  '  - id: x',
  '    text: A claim.',
  '    status: reported',
  '    citations:',
  '      - source: daily',
  '---',
].join('\n');

/** Line of the body's first line in a briefing built by `briefing()`. */
const BODY_LINE = FRONTMATTER.split('\n').length + 2;

function briefing(body: string): string {
  return `${FRONTMATTER}\n\n${body}\n`;
}

function check(text: string): Diagnostic[] {
  const encode = (value: string) => new TextEncoder().encode(value);
  return checkProject({
    briefings: [{ path: 'content/briefings/b.mdx', bytes: encode(text) }],
    sources: [{ path: 'content/sources/daily.yaml', bytes: encode(SOURCE) }],
    snapshots: new Map(),
    today: '2026-12-04',
  }).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}

/** What the build does with a briefing file: the frontmatter guard, then Sätteri with the guard. */
function guard(text: string): string {
  const transform = frontmatterGuard().transform as {
    handler: (code: string, id: string) => { code: string } | undefined;
  };
  return transform.handler(text, '/site/content/briefings/b.mdx')?.code ?? text;
}

function render(text: string): string {
  const { content } = parseFrontmatter(guard(text), { frontmatter: 'empty-with-spaces' });
  // The guards are synchronous, so the compile is too.
  const result = mdxToJs(content, {
    mdastPlugins: [renderGuard],
    hastPlugins: [claimCardPlacement],
    features: MDX_FEATURES,
    jsxImportSource: 'astro',
  }) as MdxToJsResult;
  return result.code;
}

const ATTACKS: { name: string; body?: string; file?: string; rule: string; line: number }[] = [
  {
    name: 'an {expression} in a GFM footnote definition, which remark read as a link title',
    body: 'Text.[^1]\n\n[^1]: "title" {process.exit(1)}',
    rule: 'unsafe-mdx',
    line: BODY_LINE + 2,
  },
  {
    name: 'an <iframe> in a table cell whose backticks remark read as one code span across cells',
    body: '| a | b |\n| - | - |\n| `x | <iframe src="https://example.org/"></iframe> ` |',
    rule: 'unsafe-mdx',
    line: BODY_LINE + 2,
  },
  {
    name: 'an <iframe> behind a www. autolink that swallowed a backtick',
    body: 'See www.example.org`<iframe src="https://example.org/"></iframe>` here.',
    rule: 'unsafe-mdx',
    line: BODY_LINE,
  },
  {
    name: 'a raw <span data-sources-for> that would hide a claim’s cards',
    body: 'Text <Claim id="x">words</Claim>.\n\n<span data-sources-for="x">hidden</span>',
    rule: 'unsafe-mdx',
    line: BODY_LINE + 2,
  },
  {
    name: 'text after an invisible separator on the closing --- line',
    file: `${FRONTMATTER}\u2063{process.exit(1)}\n\nText <Claim id="x">words</Claim>.\n\n---\n`,
    rule: 'yaml',
    line: FRONTMATTER.split('\n').length,
  },
];

describe('what passed the check while the site read it differently', () => {
  it.each(ATTACKS)('$name: the checker refuses it at its line', ({ body, file, rule, line }) => {
    const found = check(file ?? briefing(body!));
    expect(found.map((diagnostic) => `${diagnostic.line} ${diagnostic.rule}`)).toContain(`${line} ${rule}`);
  });

  it.each(ATTACKS)(
    '$name: the renderer refuses it too, with the line, when the check is bypassed',
    ({ body, file, line }) => {
      expect(() => render(file ?? briefing(body!))).toThrow(new RegExp(`^${line}:\\d+: \\[(unsafe-mdx|yaml)\\]`));
    },
  );

  it('refuses a self-closing <Claim />, which printed the word "undefined", in the checker and the model', () => {
    const text = briefing('Text <Claim id="x" /> here.');
    expect(check(text).map((diagnostic) => diagnostic.rule)).toContain('unknown-claim');
    expect(readClaimMarks(text)).toEqual([]);
  });

  it('refuses a <Claim> in a footnote nothing refers to, and the ledger then holds the claim’s anchor', () => {
    const text = briefing('Text.\n\n[^orphan]: <Claim id="x">words</Claim>');
    const messages = check(text).map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^unknown-claim: <Claim id="x"> is in footnote \[\^orphan\]/),
    );
    // Unpublished, so not marked: the ledger row carries #claim-x and every link still lands.
    expect(readClaimMarks(text)).toEqual([]);
  });

  it('refuses a lone carriage return in a YAML comment, which hid a status from one reader and not the other', () => {
    const text = briefing('Text <Claim id="x">words</Claim>.').replace(
      '    status: reported',
      '    status: reported # checked\r    status: confirmed',
    );
    const line = FRONTMATTER.split('\n').indexOf('    status: reported') + 1;
    expect(check(text).map((diagnostic) => `${diagnostic.line} ${diagnostic.rule}`)).toContain(
      `${line} hidden-characters`,
    );
  });

  it('gives the site the publisher the checker read, even where another YAML reader would read another one', () => {
    // js-yaml, which Astro's own loader uses, merges `<<` keys and reads a lone CR as a line break;
    // the project's loader reads as the checker does, so the page can only show what was checked.
    const yaml = [
      'title: A report',
      'publisher: The Daily Example # wire\rpublisher: SC Media UK',
      'kind: news-report',
      '',
    ].join('\n');
    const reading = readContentFile('sources', 'content/sources/daily.yaml', new TextEncoder().encode(yaml));
    expect(reading?.data['publisher']).toBe('The Daily Example');
    const found = checkProject({
      briefings: [],
      sources: [{ path: 'content/sources/daily.yaml', bytes: new TextEncoder().encode(yaml) }],
      snapshots: new Map(),
      today: '2026-12-04',
    }).diagnostics;
    expect(found.map((diagnostic) => `${diagnostic.line} ${diagnostic.rule}`)).toContain('2 hidden-characters');
  });

  it('reads a text field written like a date as text, as the site now does, instead of failing the build', () => {
    const text = briefing('Text <Claim id="x">words</Claim>.').replace(
      '      - source: daily',
      '      - source: daily\n        locator: 2019-08-05',
    );
    expect(check(text)).toEqual([]);
  });

  it('lets an ordinary briefing through both readings, with its claims placed after their paragraph', () => {
    const text = briefing('Text <Claim id="x">words</Claim>.\n\n- In a list <Claim id="x">again</Claim>');
    expect(check(text)).toEqual([]);
    const code = render(text);
    expect(code).toContain('claimCards: "x"');
    expect(readClaimMarks(text)).toEqual(['x']);
  });

  it("gives the site the body's claim order read by the same parser, and not the body itself", () => {
    const text = briefing('Text <Claim id="x">words</Claim>.');
    const reading = readContentFile('briefings', 'content/briefings/b.mdx', new TextEncoder().encode(text));
    expect(reading?.data['claimOrder']).toEqual(readClaimMarks(text));
    expect(reading?.data['claimOrder']).toEqual(['x']);
    expect(reading?.rendersBody).toBe(true);
    expect(JSON.stringify(reading)).not.toContain('words');
  });
});

/** Pieces editors and attackers write, combined at random into bodies. */
const BODY_PIECES = [
  'Plain text.',
  'Text <Claim id="x">words</Claim>.',
  '`code`',
  '`',
  '{',
  '}',
  '{/* note */}',
  '\\{',
  '<b>bold</b>',
  '<iframe src="https://e.org/"></iframe>',
  '<span data-x="1">s</span>',
  '<abbr title="t">a</abbr>',
  'www.example.org',
  'https://example.org/',
  '[^1]',
  '[^1]: note',
  '"title"',
  '| a | b |',
  '| - | - |',
  '|',
  '[link](https://example.org/ "t")',
  '[x]: https://example.org/ "t"',
  '*',
  '_',
  '<Claim id="x" />',
  'import x from "y"',
  'export const a = 1',
  '<!-- c -->',
  '<',
  '>',
  '\n',
  '\n\n',
  '    ',
  '---',
];

/** Whether the renderer's own tree holds anything that would run as code or reach the page. */
function rendererRefuses(text: string): boolean {
  try {
    render(text);
    return false;
  } catch {
    return true;
  }
}

describe('the checker’s reading and the site’s, on generated input', () => {
  it('never disagree in a way the check lets through: a body the check accepts, the renderer accepts and compiles without code', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BODY_PIECES), { maxLength: 12 }), (pieces) => {
        const text = briefing(pieces.join(' '));
        const refusedByCheck = check(text).some((diagnostic) =>
          ['unsafe-mdx', 'mdx-syntax', 'yaml'].includes(diagnostic.rule),
        );
        if (refusedByCheck) return;
        expect(rendererRefuses(text), text).toBe(false);
        const parsed = parseBody(text);
        expect('tree' in parsed, text).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('find the frontmatter where the site’s renderer finds it, or refuse the file', () => {
    const lines = ['---', '--- ', '---x', '---\u2063', 'a: 1', '# c\r', '', '\r', '+++', 'b: "---"', '  ---'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (body, eol) => {
        const text = ['---', ...body].join(eol) + eol + 'Body text.' + eol;
        const ours = findFrontmatter(text);
        if (ours.kind !== 'found') return;
        // Astro's own extraction finds the same YAML in the file as written…
        expect(extractFrontmatter(text), JSON.stringify(text)).toBe(text.slice(3, ours.span.end));
        // …and, after the frontmatter guard, hands the MDX compiler exactly the body the checker parsed.
        const astro = parseFrontmatter(guard(text), { frontmatter: 'empty-with-spaces' });
        expect(astro.content, JSON.stringify(text)).toBe(blankFrontmatter(text, ours.span));
        expect(astro.frontmatter).toEqual({});
      }),
      { numRuns: 3000 },
    );
  });
});
