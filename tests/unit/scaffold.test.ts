import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../src/checker/project-files-fs.ts';
import { pageMetadata } from '../../scripts/scaffold/page-metadata.ts';
import { slugFromTitle, sourceIdFromUrl } from '../../scripts/scaffold/slug.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corroborate-scaffold-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A throwaway copy of a checker fixture project that passes the check, to scaffold into. */
function project(name: string): string {
  const root = join(scratch, name);
  cpSync(join(PROJECT_ROOT, 'tests/checker/fixtures/schema-passes/content'), join(root, 'content'), {
    recursive: true,
  });
  return root;
}

/** Runs a script as `npm run` does, on the pinned Node that runs the tests. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('slugs', () => {
  it('are made from a title in lower case, folded to ASCII, joined by hyphens', () => {
    expect(slugFromTitle('North Korea calls UN estimate a “sheer lie”')).toBe(
      'north-korea-calls-un-estimate-a-sheer-lie',
    );
    expect(slugFromTitle("Ça coûte 2,5 M€ à l'État")).toBe('ca-coute-2-5-m-a-letat');
    expect(slugFromTitle('Straße, Þingvellir & Łódź')).toBe('strasse-thingvellir-and-lodz');
    expect(slugFromTitle('북한')).toBe('');
  });

  it('stop at a word boundary before 60 characters', () => {
    const slug = slugFromTitle('The quick brown fox jumps over the lazy dog and keeps running far beyond the page');
    expect(slug).toBe('the-quick-brown-fox-jumps-over-the-lazy-dog-and-keeps');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('are suggested for a source from its site’s name and the most descriptive part of its path', () => {
    const id = (url: string) => sourceIdFromUrl(new URL(url));
    expect(id('https://www.scmagazineuk.com/north-korea-says-claims-hacked-22bn-sheer-lie/article/1594003')).toBe(
      'scmagazineuk-north-korea-says-claims-hacked-22bn-sheer-lie',
    );
    expect(id('https://news.bbc.co.uk/2/hi/asia-pacific/7654321.stm')).toBe('bbc-asia-pacific');
    expect(id('https://www.un.org/securitycouncil/sanctions/1718/panel_experts/reports')).toBe('un-panel-experts');
    expect(id('https://kcnawatch.org/')).toBe('kcnawatch');
  });
});

describe('npm run new', () => {
  it('creates content/briefings/<slug>.mdx with today’s date and a claim to fill in', () => {
    const root = project('new-briefing');
    const result = run('new-briefing.ts', '--root', root, 'Pyongyang rejects the panel’s estimate');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      'Created content/briefings/pyongyang-rejects-the-panels-estimate.mdx\nFill in the summary, the claim and its source; npm run check lists what is still missing.\n',
    );
    const text = readFileSync(join(root, 'content/briefings/pyongyang-rejects-the-panels-estimate.mdx'), 'utf8');
    expect(text.split('\n').slice(0, 4)).toEqual([
      '---',
      'title: Pyongyang rejects the panel’s estimate',
      "summary: '' # TODO one or two sentences, for listings, feeds and the meta description",
      `published: ${todayUtc()}`,
    ]);
    expect(text).toContain('  - id: first-claim');
    expect(text).toContain('<Claim id="first-claim">');
  });

  it('writes a briefing the check rejects at each field to fill in, and passes once its claim is filled in', () => {
    const root = project('fill-in');
    run('new-briefing.ts', '--root', root, 'Pyongyang rejects the panel’s estimate');
    const file = join(root, 'content/briefings/pyongyang-rejects-the-panels-estimate.mdx');

    const before = run('check.ts', '--root', root);
    expect(before.status).toBe(1);
    const problems = before.stdout.split('\n').filter((line) => line.includes('pyongyang-rejects'));
    expect(problems.map((line) => /^[^:]+:(\d+):\d+: error \[([a-z-]+)\] (\S+)/.exec(line)?.slice(1, 4))).toEqual([
      ['3', 'schema', '"summary"'],
      ['10', 'schema', '"claims[0].text"'],
      ['16', 'schema', '"claims[0].citations[0].source"'],
      ['16', 'unknown-source', 'citation'],
      ['17', 'schema', '"claims[0].citations[0].quote"'],
    ]);

    const filled = readFileSync(file, 'utf8')
      .replace(/^summary: ''.*$/m, 'summary: North Korea calls a UN panel’s estimate a lie.')
      .replace(/^ {4}text: ''.*$/m, '    text: North Korea’s state news agency called the estimate a sheer lie.')
      .replace(/^ {6}- source: ''.*$/m, '      - source: kcna-denial')
      .replace(/^ {8}quote: ''.*$/m, '        quote: is a sheer lie');
    writeFileSync(file, filled);
    const after = run('check.ts', '--root', root);
    expect(after.stdout).not.toContain('error');
    expect(after.status).toBe(0);
  });

  it('never overwrites a briefing: it exits 1 and says how to choose another name', () => {
    const root = project('overwrite');
    run('new-briefing.ts', '--root', root, 'A title');
    const file = join(root, 'content/briefings/a-title.mdx');
    writeFileSync(file, 'the editor’s work');
    const result = run('new-briefing.ts', '--root', root, 'A title');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'new: content/briefings/a-title.mdx already exists and was left as it is; choose another title, or another file name with --slug <slug>\n',
    );
    expect(readFileSync(file, 'utf8')).toBe('the editor’s work');
  });

  it('asks for a file name when the title has no Latin letters or digits', () => {
    const result = run('new-briefing.ts', '--root', project('no-latin'), '북한');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'new: cannot make a file name from "북한" (it has no Latin letters or digits); name it with --slug <slug>\n',
    );
    expect(run('new-briefing.ts', '--root', project('with-slug'), '--slug', 'north-korea', '북한').status).toBe(0);
  });
});

const SAVED_PAGE = `<!doctype html>
<html lang="en-GB"><head>
<title>Page title | The Harbour Times</title>
<meta property="og:title" content="North Korea calls UN estimate a &quot;sheer lie&quot;">
<meta property="og:site_name" content="The Harbour Times">
<meta property="og:url" content="https://www.harbourtimes.co.uk/world/2019/aug/13/north-korea-sheer-lie">
<link rel="canonical" href="https://www.harbourtimes.co.uk/canonical-address">
<meta property="article:published_time" content="2019-08-13T23:30:00-05:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Other","datePublished":"2019-08-12","author":{"@type":"Person","name":"Jane Doe"}}</script>
</head><body><time datetime="2001-01-01">long ago</time></body></html>`;

describe('a saved page’s metadata', () => {
  it('comes from Open Graph first: title, site name, address and publication time', () => {
    expect(pageMetadata(SAVED_PAGE)).toEqual({
      title: 'North Korea calls UN estimate a "sheer lie"',
      publisher: 'The Harbour Times',
      published: '2019-08-13',
      url: 'https://www.harbourtimes.co.uk/world/2019/aug/13/north-korea-sheer-lie',
      authors: ['Jane Doe'],
      language: 'en-GB',
      kind: 'news-report',
    });
  });

  it('falls back on JSON-LD, then on the <title>, the first <time> and the canonical link', () => {
    const jsonLd = `<html><head><title>Plain title</title><link rel="canonical" href="https://example.net/a">
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Report","headline":"From JSON-LD","datePublished":"2020-05","publisher":{"name":"Example Org"}}]}</script>
      </head></html>`;
    expect(pageMetadata(jsonLd)).toEqual({
      title: 'From JSON-LD',
      publisher: 'Example Org',
      published: '2020-05',
      url: 'https://example.net/a',
    });
    const plain = `<title>  Plain
      title </title><link rel="canonical" href="https://example.net/b"><p>Posted <time datetime="2021-02-03T10:00Z">3 Feb</time>`;
    expect(pageMetadata(plain)).toEqual({
      title: 'Plain title',
      published: '2021-02-03',
      url: 'https://example.net/b',
    });
  });

  it('never takes an address that is not http(s), and survives broken JSON-LD', () => {
    const page = `<meta property="og:url" content="javascript:alert(1)"><link rel="canonical" href="data:text/html,x">
      <script type="application/ld+json">{ not json</script><title>T</title>`;
    expect(pageMetadata(page)).toEqual({ title: 'T' });
  });
});

describe('npm run new:source', () => {
  it('creates content/sources/<id>.yaml for an address without fetching it, with an id from its host and path', () => {
    const root = project('source-url');
    const result = run(
      'new-source.ts',
      '--root',
      root,
      '--no-fetch',
      'https://www.kcnawatch.example.org/newstream/statement-of-dprk-committee/',
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Created content/sources/example-statement-of-dprk-committee.yaml');
    expect(result.stdout).toContain('Fill in: title, publisher, kind.');
    const text = readFileSync(join(root, 'content/sources/example-statement-of-dprk-committee.yaml'), 'utf8');
    expect(text.split('\n').slice(0, 6)).toEqual([
      '# yaml-language-server: $schema=../../schema/source.schema.json',
      "title: '' # TODO the source's own title",
      "publisher: '' # TODO the outlet or organisation that published it",
      "kind: '' # TODO one of: official-report, official-statement, state-media, news-report, vendor-report, academic, dataset, court-record, interview, social-post, other",
      '# published: YYYY-MM-DD # or YYYY-MM, or YYYY',
      'url: https://www.kcnawatch.example.org/newstream/statement-of-dprk-committee/',
    ]);
  });

  // It captures the page's text too (Readability on linkedom), then runs the check: two processes.
  it(
    'fills in a source from a saved page, which then passes the check but for being cited by no briefing',
    { timeout: 20_000 },
    () => {
      const root = project('source-page');
      const page = join(root, 'saved.html');
      writeFileSync(page, SAVED_PAGE);
      const result = run('new-source.ts', '--root', root, page);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe(
        'Created content/sources/harbourtimes-north-korea-sheer-lie.yaml (title, publisher, published, url from saved.html)\nCaptured content/snapshots/harbourtimes-north-korea-sheer-lie.txt: 10 words\nCheck every field.\nCite it as: source: harbourtimes-north-korea-sheer-lie\n',
      );
      const text = readFileSync(join(root, 'content/sources/harbourtimes-north-korea-sheer-lie.yaml'), 'utf8');
      expect(text).toContain('title: North Korea calls UN estimate a "sheer lie"\npublisher: The Harbour Times\n');
      expect(text).toContain('published: 2019-08-13\n');
      const check = run('check.ts', '--root', root);
      expect(check.status).toBe(0);
      expect(check.stdout).toContain(
        'content/sources/harbourtimes-north-korea-sheer-lie.yaml:1:1: warning [unused-source]',
      );
      expect(check.stdout).not.toMatch(/harbourtimes-north-korea-sheer-lie\.yaml:\d+:\d+: error/);
    },
  );

  it('never overwrites a source, and says how to choose another id', () => {
    const root = project('source-overwrite');
    const result = run('new-source.ts', '--root', root, '--id', 'kcna-denial', 'https://example.org/x');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'new:source: content/sources/kcna-denial.yaml already exists and was left as it is; choose another id with --id <id>\n',
    );
  });

  it('says so when it is given neither an address nor a file', () => {
    const result = run('new-source.ts', '--root', project('source-nothing'), 'javascript:alert(1)');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'new:source: "javascript:alert(1)" is neither an http(s) address nor a readable file (no such file)\n',
    );
  });
});
