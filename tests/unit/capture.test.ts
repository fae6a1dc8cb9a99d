import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlMainText } from '../../scripts/capture/html-text.ts';
import { pdfText } from '../../scripts/capture/pdf-text.ts';
import { captureDocument, sha256Hex } from '../../scripts/capture/capture.ts';
import { makePdf } from '../support/make-pdf.ts';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-server.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const execute = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'corroborate-capture-'));

/** A news page as a browser saves it: navigation, a cookie banner, advertising and a footer around the article. */
export const NEWS_PAGE = `<!doctype html><html lang="en"><head>
<title>UN panel says hackers stole billions | The Harbour Times</title>
<meta property="og:title" content="UN panel says hackers stole billions">
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2019-08-05T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<main><article>
<h1>UN panel says hackers stole billions</h1>
<p>A confidential United Nations report says North Korea has generated an estimated two billion US dollars
for its weapons programmes using widespread and increasingly sophisticated cyberattacks.</p>
<p>The report, seen by this newspaper, was submitted to the Security Council committee that
monitors sanctions. It says the attacks targeted banks and cryptocurrency exchanges.</p>
<p>Diplomats said the panel had examined at least thirty-five reported instances of such attacks in seventeen countries.</p>
<p>The panel said the country's hackers increasingly turned to cryptocurrency, which is harder to trace and
easier to move between exchanges than money held by banks, and that the attacks were more and more
sophisticated. North Korea's mission to the United Nations did not answer a request for comment.</p>
</article></main>
<aside class="advertisement">Subscribe now and save forty percent on your first year of our newsletter.</aside>
<footer>Copyright The Harbour Times. All rights reserved. Contact us about advertising.</footer>
</body></html>`;

const PANEL_PAGES = [
  [
    'Midterm report of the Panel of Experts',
    '',
    'The panel investigated attacks on financial insti-',
    'tutions in seventeen countries.',
  ],
  [
    'Total proceeds to date were estimated at up to',
    'two billion US dollars.',
    '',
    'The panel continues to investigate.',
  ],
  ['Member States are invited to report further attacks to the committee.'],
];

let server: LoopbackServer;
let panelPdf: Uint8Array;
/** An address on loopback where nothing listens, so connections to it are refused. */
let closedOrigin: string;

beforeAll(async () => {
  const closed = await startLoopbackServer(() => undefined);
  closedOrigin = closed.origin;
  await closed.close();
  panelPdf = await makePdf(PANEL_PAGES, {
    title: 'Midterm report of the Panel of Experts',
    header: 'S/2019/691 Confidential',
    footer: 'Page # of 3',
  });
  server = await startLoopbackServer((path) => {
    if (path === '/world/un-panel') return { headers: { 'content-type': 'text/html; charset=utf-8' }, body: NEWS_PAGE };
    if (path === '/report.pdf') return { headers: { 'content-type': 'application/pdf' }, body: panelPdf };
    if (path === '/data.json') return { headers: { 'content-type': 'application/json' }, body: '{"a":1}' };
    if (path === '/slow') return 'hang';
    if (path.startsWith('/save/'))
      return { status: 302, headers: { location: `/web/20261204101500/${path.slice('/save/'.length)}` } };
    return undefined;
  });
});

afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A throwaway copy of a checker fixture project that passes the check, to capture into. */
function project(name: string): string {
  const root = join(scratch, name);
  cpSync(join(PROJECT_ROOT, 'tests/checker/fixtures/schema-passes/content'), join(root, 'content'), {
    recursive: true,
  });
  return root;
}

/** Runs a script as `npm run` does, without blocking the loopback server that answers it. */
async function run(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await execute(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('a web page’s main text', () => {
  it('keeps the article’s paragraphs and leaves out navigation, cookie banner, advertising and footer', () => {
    const { text } = htmlMainText(NEWS_PAGE);
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toContain(
      'A confidential United Nations report says North Korea has generated an estimated two billion US dollars for its weapons programmes using widespread and increasingly sophisticated cyberattacks.',
    );
    expect(paragraphs).toContain(
      'Diplomats said the panel had examined at least thirty-five reported instances of such attacks in seventeen countries.',
    );
    for (const noise of ['World news', 'cookies', 'Subscribe now', 'All rights reserved'])
      expect(text).not.toContain(noise);
  });
});

describe('a PDF’s text', () => {
  it('is taken page by page after [page N] lines, with line-end hyphens joined and running headers and footers gone', async () => {
    const { text, pages, title } = await pdfText(panelPdf);
    expect(pages).toBe(3);
    expect(title).toBe('Midterm report of the Panel of Experts');
    expect(text.split('\n').filter((line) => /^\[page \d+\]$/.test(line))).toEqual([
      '[page 1]',
      '[page 2]',
      '[page 3]',
    ]);
    expect(text).toContain('attacks on financial institutions in seventeen countries.');
    expect(text).toContain('[page 2]\n\nTotal proceeds to date were estimated at up to two billion US dollars.');
    expect(text).not.toContain('Confidential');
    expect(text).not.toContain('Page 2 of 3');
  });
});

describe('npm run new:source captures', { timeout: 30_000 }, () => {
  it('a saved page: the source file, its snapshot of the main text, and a capture record hashing both', async () => {
    const root = project('saved-page');
    const page = join(root, 'un-panel.html');
    writeFileSync(page, NEWS_PAGE);
    const result = await run('new-source.ts', ['--root', root, '--id', 'harbour-un-panel', page]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Captured content/snapshots/harbour-un-panel.txt');
    const snapshot = readFileSync(join(root, 'content/snapshots/harbour-un-panel.txt'), 'utf8');
    expect(snapshot).toContain('at least thirty-five reported instances');
    const source = readFileSync(join(root, 'content/sources/harbour-un-panel.yaml'), 'utf8');
    expect(source).toContain('snapshot: harbour-un-panel.txt\n');
    expect(source).toContain(
      `capture:\n  date: ${new Date().toISOString().slice(0, 10)}\n  from: un-panel.html\n  sha256: ${sha256Hex(NEWS_PAGE)}\n  text-sha256: ${sha256Hex(snapshot)}\n`,
    );
    const check = await run('check.ts', ['--root', root]);
    expect(check.stdout).not.toContain('[snapshot-changed]');

    // One word of the captured evidence edited: the check no longer trusts it.
    writeFileSync(
      join(root, 'content/snapshots/harbour-un-panel.txt'),
      snapshot.replace('thirty-five reported', 'fifty reported'),
    );
    const captureLine = source.split('\n').indexOf('capture:') + 1;
    const edited = await run('check.ts', ['--root', root]);
    expect(edited.status).toBe(1);
    expect(edited.stdout).toContain(
      `content/sources/harbour-un-panel.yaml:${captureLine}:1: error [snapshot-changed] content/snapshots/harbour-un-panel.txt was changed after it was captured from un-panel.html`,
    );
  });

  it('a PDF, keeping the original beside the snapshot when asked', async () => {
    const root = project('pdf');
    const file = join(root, 'panel.pdf');
    writeFileSync(file, panelPdf);
    const result = await run('new-source.ts', ['--root', root, '--keep-original', file]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('on 3 pages; the original is kept as content/snapshots/');
    const id = /Cite it as: source: (\S+)/.exec(result.stdout)?.[1];
    expect(id).toBe('midterm-report-of-the-panel-of-experts');
    expect(readFileSync(join(root, `content/snapshots/${id}.original.pdf`))).toEqual(Buffer.from(panelPdf));
    expect(readFileSync(join(root, `content/snapshots/${id}.txt`), 'utf8')).toMatch(/^\[page 1\]\n/);
  });

  it('an address: fetched with the project’s user agent, archived by Save Page Now, and filled in', async () => {
    const root = project('address');
    const address = `${server.origin}/world/un-panel`;
    const result = await run('new-source.ts', [
      '--root',
      root,
      '--id',
      'harbour-fetched',
      '--archive-endpoint',
      server.origin,
      address,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(server.requests.find((request) => request.path === '/world/un-panel')?.userAgent).toMatch(/^Corroborate\//);
    const source = readFileSync(join(root, 'content/sources/harbour-fetched.yaml'), 'utf8');
    expect(source).toContain(`url: ${address}\n`);
    expect(source).toContain(`archive:\n  url: ${server.origin}/web/20261204101500/${address}\n  date: 2026-12-04\n`);
    expect(source).toContain(`  from: ${address}\n`);
    expect(readFileSync(join(root, 'content/snapshots/harbour-fetched.txt'), 'utf8')).toContain(
      'two billion US dollars',
    );
  });

  it('an address when the archive cannot be reached: it says so and carries on', async () => {
    const root = project('no-archive');
    const result = await run('new-source.ts', [
      '--root',
      root,
      '--id',
      'harbour-unarchived',
      '--archive-endpoint',
      closedOrigin,
      `${server.origin}/report.pdf`,
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('No archive copy: Save Page Now refused the connection. The capture carries on');
    expect(existsSync(join(root, 'content/snapshots/harbour-unarchived.txt'))).toBe(true);
  });

  it.each([
    ['a page that is not found', '/missing', 'answered 404 Not Found'],
    ['a server that refuses the connection', 'REFUSED', 'refused the connection'],
    [
      'a document neither HTML nor PDF',
      '/data.json',
      'is neither a web page nor a PDF (content type application/json); save its text as a snapshot by hand',
    ],
    ['a server that never answers', '/slow', 'gave no answer within 0.5 s'],
  ])('and says clearly, without a stack trace, when given %s', async (_case, path, message) => {
    const root = project(`fails-${path.replace(/\W/g, '')}`);
    const address = path === 'REFUSED' ? `${closedOrigin}/x` : `${server.origin}${path}`;
    const result = await run('new-source.ts', [
      '--root',
      root,
      '--no-archive',
      '--timeout',
      '500',
      '--id',
      'x',
      address,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`new:source: ${address} ${message}\n`);
    expect(existsSync(join(root, 'content/sources/x.yaml'))).toBe(false);
  });
});

describe('the sample publication', () => {
  it('captured its article from the saved page it keeps, and the snapshot is still exactly that capture', async () => {
    const original = readFileSync(join(PROJECT_ROOT, 'content/snapshots/sc-media-uk-dprk-denial.original.html'));
    const snapshot = readFileSync(join(PROJECT_ROOT, 'content/snapshots/sc-media-uk-dprk-denial.txt'), 'utf8');
    const source = readFileSync(join(PROJECT_ROOT, 'content/sources/sc-media-uk-dprk-denial.yaml'), 'utf8');
    const recapture = await captureDocument('html', new Uint8Array(original));
    expect(recapture.text).toBe(snapshot);
    expect(source).toContain(`  sha256: ${sha256Hex(original)}\n  text-sha256: ${sha256Hex(snapshot)}\n`);
    expect(snapshot).toMatch(/^North Korea denies \$2\.2bn state sponsored cyber-crime spree\n\nNews by SC Staff\n/);
    expect(snapshot).not.toContain('Find this article useful?');
  });
});
