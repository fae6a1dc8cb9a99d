import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../scripts/capture/capture.ts';
import { htmlMainText } from '../../scripts/capture/html-text.ts';
import { checkSources, formatRotText } from '../../scripts/check-sources.ts';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-server.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const execute = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'corroborate-rot-'));

function article(sentence: string): string {
  return `<!doctype html><html><head><title>Report</title></head><body><nav>Home World Sport</nav>
<article><h1>UN panel report</h1><p>${sentence}</p>
<p>The report was submitted to the Security Council committee that monitors sanctions on the country, and diplomats
said it would be published in full later in the year once the committee had discussed its findings.</p>
<p>The panel said the attacks had become more sophisticated and harder to trace, and that cryptocurrency exchanges
were a growing target because stolen coins could be moved quickly between accounts in several countries.</p></article>
<footer>Copyright</footer></body></html>`;
}

const ORIGINAL = article('The experts said they were investigating at least 35 reported instances of cyber-attacks.');
const REWRITTEN = article('The experts said they were looking into several dozen suspected cyber-attacks.');

/** What the loopback server serves; a test may change a page between two runs. */
const pages = new Map<string, string>();
let server: LoopbackServer;

beforeAll(async () => {
  server = await startLoopbackServer((path) => {
    const body = pages.get(path);
    return body === undefined ? undefined : { headers: { 'content-type': 'text/html' }, body };
  });
});

afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

interface SourceSpec {
  id: string;
  url?: string;
  archive?: string;
  capture?: string;
  quote?: string;
}

/** A small project whose sources point at the loopback server, with one briefing citing each. */
function project(name: string, sources: readonly SourceSpec[]): string {
  const root = join(scratch, name);
  for (const folder of ['briefings', 'sources', 'snapshots'])
    mkdirSync(join(root, 'content', folder), { recursive: true });
  for (const source of sources) {
    const lines = [`title: Report ${source.id}`, 'publisher: Wire', 'kind: news-report'];
    if (source.url) lines.push(`url: ${server.origin}${source.url}`);
    if (source.archive) lines.push('archive:', `  url: ${server.origin}${source.archive}`, '  date: 2026-11-01');
    if (source.capture !== undefined) {
      const text = `${htmlMainText(source.capture).text}\n`;
      writeFileSync(join(root, 'content/snapshots', `${source.id}.txt`), text);
      lines.push(
        `snapshot: ${source.id}.txt`,
        'capture:',
        '  date: 2026-11-01',
        `  from: ${server.origin}${source.url ?? ''}`,
        `  sha256: ${sha256Hex(source.capture)}`,
        `  text-sha256: ${sha256Hex(text)}`,
      );
    }
    writeFileSync(join(root, 'content/sources', `${source.id}.yaml`), `${lines.join('\n')}\n`);
  }
  const citations = sources
    .map((source) => `      - source: ${source.id}\n        quote: ${source.quote ?? 'UN panel report'}`)
    .join('\n');
  writeFileSync(
    join(root, 'content/briefings/attacks.mdx'),
    `---\ntitle: Attacks\nsummary: Attacks.\npublished: 2026-11-02\nclaims:\n  - id: attacks\n    text: The panel investigated attacks.\n    status: reported\n    citations:\n${citations}\n---\n\n<Claim id="attacks">Attacks</Claim>.\n`,
  );
  return root;
}

const FAST = { timeout: 2000, concurrency: 4, hostDelay: 0 };
const QUOTE = 'investigating at least 35 reported instances of cyber-attacks';

describe('npm run check:sources', () => {
  it('reports a dead link with a live archive as a warning, and a source with no live copy as an error', async () => {
    pages.set('/live', ORIGINAL);
    pages.set('/web/20261101000000/gone', ORIGINAL);
    const root = project('dead', [
      { id: 'alive', url: '/live' },
      { id: 'archived', url: '/gone', archive: '/web/20261101000000/gone' },
      { id: 'lost', url: '/gone-too' },
      { id: 'both-lost', url: '/gone', archive: '/web/20261101000000/gone-too' },
      { id: 'archive-lost', url: '/live', archive: '/web/20261101000000/missing' },
    ]);
    const report = await checkSources(root, FAST);
    const lines = formatRotText(report).split('\n');
    expect(lines.filter((line) => line.includes('alive.yaml'))).toEqual([]);
    expect(lines.find((line) => line.includes('archived.yaml'))).toMatch(
      /^content\/sources\/archived\.yaml:4:6: warning \[source-dead\] url http:\/\/127\.0\.0\.1:\d+\/gone answered 404 Not Found; its archive copy .* still answers/,
    );
    expect(lines.find((line) => line.includes('/lost.yaml'))).toMatch(
      /^content\/sources\/lost\.yaml:4:6: error \[source-dead\] .* has no archive copy/,
    );
    expect(lines.find((line) => line.includes('both-lost.yaml'))).toMatch(
      /error \[source-dead\] .* no live copy is left/,
    );
    expect(lines.find((line) => line.includes('archive-lost.yaml'))).toMatch(/warning \[archive-dead\] archive\.url /);
    // /gone is named by two sources and fetched once.
    expect(server.requests.filter((request) => request.path === '/gone')).toHaveLength(1);
  });

  it('reports quote-drift and source-changed when a page changes between two runs', async () => {
    pages.set('/changing', ORIGINAL);
    const root = project('drift', [{ id: 'changing', url: '/changing', capture: ORIGINAL, quote: QUOTE }]);
    const first = await checkSources(root, FAST);
    expect(first.diagnostics).toEqual([]);

    pages.set('/changing', REWRITTEN);
    const second = await checkSources(root, FAST);
    expect(second.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`)).toEqual([
      'content/briefings/attacks.mdx:11 warning quote-drift',
      'content/sources/changing.yaml:6 warning source-changed',
    ]);
    expect(second.diagnostics[0]?.message).toContain('no longer contains this quote of "changing"');
  });

  it('waits between two requests to one host', async () => {
    pages.set('/a', ORIGINAL);
    pages.set('/b', ORIGINAL);
    pages.set('/c', ORIGINAL);
    const root = project('polite', [
      { id: 'a', url: '/a' },
      { id: 'b', url: '/b' },
      { id: 'c', url: '/c' },
    ]);
    const started = Date.now();
    await checkSources(root, { ...FAST, hostDelay: 150 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it(
    'exits 1 when evidence is lost and writes a Markdown report for the job summary',
    { timeout: 30_000 },
    async () => {
      const root = project('markdown', [{ id: 'lost', url: '/nowhere' }]);
      const run = await execute(
        process.execPath,
        [join(PROJECT_ROOT, 'scripts/check-sources.ts'), '--root', root, '--format', 'markdown', '--host-delay', '0'],
        { encoding: 'utf8' },
      ).catch((error: unknown) => error as { code: number; stdout: string });
      expect('code' in run ? run.code : 0).toBe(1);
      expect(run.stdout).toMatch(/^## Source rot check: evidence lost\n/);
      expect(run.stdout).toContain('| Error | content/sources/lost.yaml:4:6 | source-dead |');
    },
  );
});
