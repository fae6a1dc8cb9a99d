import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { dangerousScheme, findUnsafeMdx, type UnsafeFinding } from '../../src/checker/safe-mode.ts';
import { parseBody } from '../../src/reading/parse-body.ts';

/** Parses MDX the way the checker does: with the parser the site renders with. */
function parse(mdx: string): Root {
  const parsed = parseBody(mdx);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.tree;
}

function findings(mdx: string, options?: { allowedComponents?: readonly string[] }): UnsafeFinding[] {
  return findUnsafeMdx(parse(mdx), options);
}

function messages(mdx: string): string[] {
  return findings(mdx).map((finding) => finding.message);
}

describe('dangerousScheme', () => {
  const disguises: [string, string][] = [
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['JAVASCRIPT:alert(1)', 'javascript'],
    [' javascript:alert(1)', 'javascript'],
    ['\u0001\u0002javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['java\rscript:alert(1)', 'javascript'],
    ['java\u0000script:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#106avascript:alert(1)', 'javascript'],
    ['&#0000106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['&#X6a;avascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['javascript&#58;alert(1)', 'javascript'],
    ['javascript&#x3a;alert(1)', 'javascript'],
    ['java&Tab;script:alert(1)', 'javascript'],
    ['java&NewLine;script:alert(1)', 'javascript'],
    ['java&#x09;script:alert(1)', 'javascript'],
    ['&#x20;javascript:alert&lpar;1)', 'javascript'],
    ['&amp;#106;avascript:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['VBScript:msgbox(1)', 'vbscript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['DATA:image/svg+xml;base64,PHN2Zz4=', 'data'],
    ['d&#97;ta:text/html,x', 'data'],
  ];
  it.each(disguises)('sees %j as a %s: URL', (url, scheme) => {
    expect(dangerousScheme(url)).toBe(scheme);
  });

  const safe = [
    'https://x',
    'http://example.org/javascript:guide',
    '/relative',
    '#anchor',
    'mailto:a@b.c',
    './x',
    'javascript-guide.html',
    '?q=javascript:alert(1)',
    'https://example.org/?a=1&amp;b=2',
    '',
  ];
  it.each(safe)('lets %j through', (url) => {
    expect(dangerousScheme(url)).toBeUndefined();
  });
});

describe('findUnsafeMdx', () => {
  it('accepts an ordinary briefing with frontmatter, Markdown, a table, Claim and harmless HTML', () => {
    const mdx = [
      '---',
      'title: Poverty',
      '---',
      '',
      '# Poverty <abbr title="United Nations">UN</abbr>',
      '',
      '<Claim id="poverty-rate">Poverty fell to 8.5%<sup>1</sup>.</Claim>',
      '',
      'Press <kbd>Ctrl</kbd>, <mark>note</mark>, <small>aside</small>, <span>x</span><br />',
      '',
      '<div>',
      '  See [the report](https://example.org/report) and ![a chart](/charts/a.png "Chart").',
      '</div>',
      '',
      '<a href="https://example.org">source</a> <img src="https://example.org/a.png" alt="" />',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '[ref]: https://example.org/ref',
      '',
      'Visit www.example.org or <a href="mailto:desk@example.org">the desk</a>.',
    ].join('\n');
    expect(findings(mdx)).toEqual([]);
  });

  describe('imports and exports', () => {
    it('refuses an import', () => {
      expect(messages('import Chart from "./chart.astro"\n\nText.')).toEqual([
        expect.stringMatching(
          /^Imports and exports are not allowed in safe mode: "import Chart from "\.\/chart\.astro"" would run/,
        ),
      ]);
    });

    it('refuses an export', () => {
      expect(messages('export const title = "x"\n\nText.')).toHaveLength(1);
    });

    it('accepts prose that merely mentions import and export', () => {
      expect(messages('Exports fell; imports rose. We import less.')).toEqual([]);
    });
  });

  describe('expressions', () => {
    it('refuses a block expression, quoting it in the message', () => {
      expect(messages('{process.env.HOME}')).toEqual([
        'JavaScript expressions are not allowed in safe mode: "{process.env.HOME}" would run as code when the site is built; ' +
          'write the text itself, or a {/* comment */}.',
      ]);
    });

    it('refuses an expression inside a sentence', () => {
      expect(messages('Total: {1 + 1} people.')).toHaveLength(1);
    });

    it('refuses an expression that hides code behind a comment', () => {
      expect(messages('{/* note */ alert(1)}')).toHaveLength(1);
    });

    it('accepts comments, which editors use for notes', () => {
      expect(messages('{/* note */}\n\nText {/* a */ /* b */} more.')).toEqual([]);
    });

    it('judges an expression by its text when the parser attached no program', () => {
      const tree = parse('{/* note */}\n\n{alert(1)}');
      for (const node of tree.children) if ('data' in node) delete node.data;
      expect(findUnsafeMdx(tree).map((finding) => finding.position.start.line)).toEqual([3]);
    });
  });

  describe('components', () => {
    it('accepts Claim', () => {
      expect(messages('<Claim id="x">Text</Claim>')).toEqual([]);
    });

    it('refuses any other component, naming the ones allowed', () => {
      expect(messages('<Chart data="x" />')).toEqual([
        'The component <Chart> is not allowed in safe mode: components run code the site defines, and only <Claim> may be used ' +
          'in briefings; remove it, or write its content as Markdown.',
      ]);
    });

    it('refuses member and namespaced components such as Foo.Bar', () => {
      expect(messages('<Foo.Bar />\n\n<claim.x />\n\n<svg:rect />')).toHaveLength(3);
    });

    it('refuses tags that JSX would look up as variables, such as <_x>', () => {
      expect(messages('<_x>text</_x>')).toHaveLength(1);
    });

    it('treats a lower-case <claim> as harmless HTML but refuses a misspelt <CLAIM> component', () => {
      expect(messages('<claim id="x">Text</claim>')).toEqual([]);
      expect(messages('<CLAIM id="x">Text</CLAIM>')).toHaveLength(1);
    });

    it('refuses fragments', () => {
      expect(messages('<>text</>')).toEqual([expect.stringMatching(/^Fragments are not allowed in safe mode/)]);
    });

    it('allows the components a publication configures, and only those', () => {
      expect(findings('<Chart />\n\n<Claim id="x">t</Claim>', { allowedComponents: ['Chart'] })).toHaveLength(1);
      expect(findings('<Chart />', { allowedComponents: ['Chart', 'Claim'] })).toEqual([]);
    });
  });

  describe('HTML elements', () => {
    const dangerous = [
      'script',
      'iframe',
      'object',
      'embed',
      'style',
      'form',
      'base',
      'meta',
      'link',
      'frame',
      'frameset',
      'applet',
      'portal',
      'noscript',
      'template',
      'svg',
      'math',
    ];
    it.each(dangerous)('refuses <%s>', (name) => {
      expect(messages(`<${name}>x</${name}>`)).toEqual([
        expect.stringMatching(new RegExp(`^The HTML element <${name}> is not allowed`)),
      ]);
    });

    it('refuses dangerous elements inside a sentence and written in odd case', () => {
      expect(messages('Text <sCrIpT>alert(1)</sCrIpT> more.')).toHaveLength(1);
    });

    it('accepts harmless elements', () => {
      expect(messages('<abbr title="x">y</abbr> <sup>1</sup> <sub>2</sub> <span>s</span> <div>d</div>')).toEqual([]);
    });
  });

  describe('attributes', () => {
    it('refuses spread attributes, even on Claim', () => {
      expect(messages('<Claim id="x" {...props}>t</Claim>')).toEqual([
        expect.stringMatching(/^Spread attributes are not allowed in safe mode: "\{\.\.\.props\}" on <Claim>/),
      ]);
    });

    it('refuses attribute values written as expressions, but not quoted ones', () => {
      expect(messages('<Claim id={x}>t</Claim>')).toEqual([
        expect.stringMatching(
          /^Attribute values written as expressions are not allowed in safe mode: "id=\{x\}" on <Claim>/,
        ),
      ]);
      expect(messages('<Claim id="{x}">t</Claim>')).toEqual([]);
    });

    it('refuses event handlers in any case', () => {
      expect(
        messages('<span onClick="x">a</span> <img ONLOAD="x" src="/a.png" alt="" /> <a onmouseover="x">b</a>'),
      ).toHaveLength(3);
    });

    it('accepts attributes that merely contain "on" later in their name', () => {
      expect(messages('<abbr title="x" lang="en" translate="no">y</abbr>')).toEqual([]);
    });

    it.each(['style="color: red"', 'srcdoc="<b>x</b>"', 'formaction="/x"', 'set:html="<script></script>"'])(
      'refuses %s',
      (attribute) => {
        expect(messages(`<span ${attribute}>x</span>`)).toHaveLength(1);
      },
    );

    it('reports one finding per attribute, at the attribute itself', () => {
      const [finding, ...rest] = findings('<span title="ok" onClick={go}>x</span>');
      expect(rest).toEqual([]);
      expect(finding?.message).toMatch(/^Event handler attributes/);
      expect(finding?.position.start).toMatchObject({ line: 1, column: 18 });
      expect(finding?.position.end).toMatchObject({ line: 1, column: 30 });
    });

    it('refuses URL attributes with dangerous schemes, however disguised', () => {
      const mdx = [
        '<a href="javascript:alert(1)">a</a>',
        '<a HREF=" JaVaScRiPt:alert(1)">b</a>',
        '<a href="&#x6A;avascript:alert(1)">c</a>',
        '<a href="java&Tab;script:alert(1)">d</a>',
        '<img src="data:image/svg+xml,x" alt="" />',
        '<a href="vbscript:x">e</a>',
        '<img srcset="/a.png 1x, javascript:alert(1) 2x" alt="" />',
        '<video poster="javascript:x"></video>',
        '<blockquote cite="data:text/html,x">q</blockquote>',
        '<a xlink:href="javascript:x">f</a>',
        '<a ping="/count javascript:x">g</a>',
      ].join('\n\n');
      expect(messages(mdx)).toHaveLength(11);
    });

    it('names the scheme and the fix in the message', () => {
      expect(messages('<a href="javascript:alert(1)">a</a>')).toEqual([
        'The URL "javascript:alert(1)" in href on <a> is not allowed in safe mode: javascript: links run code in the reader’s ' +
          'browser; use an https:// address or a relative link instead.',
      ]);
    });

    it('accepts ordinary URLs, and dangerous-looking text in attributes that are not URLs', () => {
      expect(
        messages(
          '<a href="https://example.org">a</a> <a href="/x">b</a> <a href="#top">c</a> <img src="https://x/a.png" alt="javascript:" /> ' +
            '<abbr title="javascript: a language">JS</abbr> <img srcset="/a.png 1x, /b.png 2x" alt="" />',
        ),
      ).toEqual([]);
    });
  });

  describe('Markdown links, images and definitions', () => {
    it.each([
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](<java\tscript:alert(1)>)',
      '[x](java&#x09;script:alert(1))',
      '[x](javascript&colon;alert(1))',
      '[x](&#106;avascript:alert(1))',
      '![x](data:image/svg+xml,x)',
      '[x][r]\n\n[r]: vbscript:x',
    ])('refuses %j', (mdx) => {
      expect(messages(mdx)).toEqual([
        expect.stringMatching(/^The link target ".*" is not allowed in safe mode: (javascript|data|vbscript):/),
      ]);
    });

    it.each([
      '[x](https://example.org)',
      '[x](/javascript-guide.html)',
      '[x](mailto:a@b.c)',
      '![x](./chart.png)',
      '[r]: #notes',
    ])('accepts %j', (mdx) => {
      expect(messages(mdx)).toEqual([]);
    });

    it('shows the hidden characters that disguise a scheme', () => {
      expect(messages('[x](<java\tscript:alert(1)>)')[0]).toContain('"java\\tscript:alert(1)"');
    });

    it('points at the offending link', () => {
      const [finding] = findings('Intro.\n\nSee [this](javascript:x) now.');
      expect(finding?.position.start).toMatchObject({ line: 3, column: 5 });
    });
  });

  it('reports each problem separately, in document order', () => {
    const mdx = 'import x from "y"\n\n<Chart {...p} />\n\n{x}\n\n[a](javascript:x)';
    expect(findings(mdx).map((finding) => [finding.position.start.line, finding.message.split(':')[0]])).toEqual([
      [1, 'Imports and exports are not allowed in safe mode'],
      [3, 'The component <Chart> is not allowed in safe mode'],
      [3, 'Spread attributes are not allowed in safe mode'],
      [5, 'JavaScript expressions are not allowed in safe mode'],
      [7, 'The link target "javascript'],
    ]);
  });

  it('still reports nodes that carry no position, at the nearest position it knows', () => {
    const tree = parse('Text.');
    tree.children.push({ type: 'paragraph', children: [{ type: 'link', url: 'javascript:x', children: [] }] });
    expect(findUnsafeMdx(tree)[0]?.position).toEqual(tree.position);
  });
});
