import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, probeLink } from '../../scripts/check-links.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';

/**
 * `npm run check:links` against a server on loopback that plays every kind of link: live, dead,
 * gone, moved, looping, refusing HEAD, failing, and too slow to answer. Never the internet: host
 * names resolve to 127.0.0.1, or to nothing for `.invalid`, through an injected lookup.
 */
const TIMEOUT = 500;
const execute = promisify(execFile);

let server: Server;
let origin: string;
const hold: { close(): void }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    switch (path) {
      case '/live':
        response.writeHead(200, { 'content-type': 'text/html' }).end('<p>here</p>');
        return;
      case '/dead':
        response.writeHead(404).end();
        return;
      case '/gone':
        response.writeHead(410).end();
        return;
      case '/moved':
        response.writeHead(301, { location: '/live' }).end();
        return;
      case '/moved-to-dead':
        response.writeHead(302, { location: `${origin}/dead` }).end();
        return;
      case '/loop':
        response.writeHead(302, { location: '/loop' }).end();
        return;
      case '/moved-to-script':
        response.writeHead(302, { location: 'javascript:alert(1)' }).end();
        return;
      case '/no-head':
        response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
        return;
      case '/failing':
        response.writeHead(503).end();
        return;
      case '/slow':
        // Never answers; the socket is closed when the tests end.
        hold.push({ close: () => response.destroy() });
        return;
      default:
        response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const held of hold) held.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Every name is this machine, but `*.invalid`, which does not exist (as in DNS, RFC 6761). */
const lookup: LookupFunction = (hostname, options, callback) => {
  if (hostname.endsWith('.invalid')) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    callback(error, '', 4);
  } else if ((options as { all?: boolean }).all) {
    (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  } else callback(null, '127.0.0.1', 4);
};

const probe = (path: string) => probeLink(`${origin}${path}`, { timeout: TIMEOUT, lookup });

describe('probing one link', () => {
  it('calls a page that answers 200 live', async () => {
    expect(await probe('/live')).toEqual({ kind: 'live' });
  });

  it('calls 404 and 410 dead', async () => {
    expect(await probe('/dead')).toEqual({ kind: 'dead', reason: 'answered 404' });
    expect(await probe('/gone')).toEqual({ kind: 'dead', reason: 'answered 410' });
  });

  it('follows redirects to the page they lead to', async () => {
    expect(await probe('/moved')).toEqual({ kind: 'live' });
    expect(await probe('/moved-to-dead')).toEqual({ kind: 'dead', reason: 'answered 404' });
  });

  it('calls a redirect loop, or a redirect to a script, dead', async () => {
    expect(await probe('/loop')).toEqual({ kind: 'dead', reason: 'redirects more than 10 times' });
    expect(await probe('/moved-to-script')).toEqual({
      kind: 'dead',
      reason: 'redirects to javascript:alert(1), which is not a web address',
    });
  });

  it('asks again with GET when a server refuses HEAD', async () => {
    expect(await probe('/no-head')).toEqual({ kind: 'live' });
  });

  it('calls a 5xx answer and a timeout unreachable, to try later', { timeout: 10_000 }, async () => {
    expect(await probe('/failing')).toEqual({ kind: 'unreachable', reason: 'answered 503' });
    expect(await probe('/slow')).toEqual({ kind: 'unreachable', reason: 'gave no answer within 0.5 s' });
  });

  it('calls a host name that does not exist dead', async () => {
    expect(await probeLink('http://no-such-host.invalid/page', { timeout: TIMEOUT, lookup })).toEqual({
      kind: 'dead',
      reason: 'names a host that does not exist',
    });
  });

  it('calls a refused connection unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await probeLink(`http://127.0.0.1:${port}/`, { timeout: TIMEOUT, lookup })).toEqual({
      kind: 'unreachable',
      reason: 'could not be reached (ECONNREFUSED)',
    });
  });
});

/** A project whose sources link to the test server; each file holds one source. */
function writeProject(name: string, sources: Record<string, string>): string {
  const root = join(TEST_OUTPUT, 'hardening/check-links', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  mkdirSync(join(root, 'content/briefings'), { recursive: true });
  for (const [id, yaml] of Object.entries(sources)) writeFileSync(join(root, 'content/sources', `${id}.yaml`), yaml);
  return root;
}

const source = (url: string, archive?: string): string =>
  `title: A page\npublisher: A publisher\nkind: news-report\nurl: ${url}\n` +
  (archive ? `archive:\n  url: ${archive}\n  date: 2026-11-02\n` : '');

describe('npm run check:links', () => {
  it(
    'reports each dead or unreachable link at its value, naming the archive copy to use instead',
    { timeout: 30_000 },
    async () => {
      const root = writeProject('report', {
        'a-live': source(`${origin}/moved`, `${origin}/live`),
        'b-dead-archived': source(`${origin}/dead`, `${origin}/live`),
        'c-dead-unarchived': source('http://gone.invalid/story'),
        'd-archive-dead': source(`${origin}/live`, `${origin}/gone`),
        'e-failing': source(`${origin}/failing`),
        'f-javascript': source('javascript:alert(1)'),
      });
      const report = await checkLinks(root, { timeout: TIMEOUT, concurrency: 2, lookup });
      expect(report.lines).toEqual([
        `content/sources/b-dead-archived.yaml:4:6: warning [link-dead] url ${origin}/dead answered 404; link readers to the archive copy ${origin}/live instead, or find where the page moved`,
        'content/sources/c-dead-unarchived.yaml:4:6: warning [link-dead] url http://gone.invalid/story names a host that does not exist; there is no archive copy: look for one at https://web.archive.org/web/*/http://gone.invalid/story and add archive: { url, date }',
        `content/sources/d-archive-dead.yaml:6:8: warning [link-dead] archive.url ${origin}/gone answered 410; archive the page again (https://web.archive.org/save) and update archive.url and archive.date`,
        `content/sources/e-failing.yaml:4:6: warning [link-unreachable] url ${origin}/failing answered 503; it may be down for now: try again later`,
      ]);
      // javascript: is the checker's business (url rule); it is never requested.
      expect(report).toMatchObject({ checked: 6, dead: 3, unreachable: 1 });
    },
  );

  it(
    'runs as a command on loopback: the report, a summary, exit 0, nothing on stderr',
    { timeout: 30_000 },
    async () => {
      const root = writeProject('command', {
        live: source(`${origin}/live`),
        dead: source(`${origin}/dead`, `${origin}/live`),
        slow: source(`${origin}/slow`),
      });
      // Asynchronously: the test server answers from this very process.
      const result = await execute(
        process.execPath,
        ['scripts/check-links.ts', '--root', root, '--timeout', String(TIMEOUT)],
        {
          cwd: PROJECT_ROOT,
          encoding: 'utf8',
        },
      );
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(
        [
          `content/sources/dead.yaml:4:6: warning [link-dead] url ${origin}/dead answered 404; link readers to the archive copy ${origin}/live instead, or find where the page moved`,
          `content/sources/slow.yaml:4:6: warning [link-unreachable] url ${origin}/slow gave no answer within 0.5 s; it may be down for now: try again later`,
          '3 links checked: 1 dead, 1 unreachable (try again later)',
          '',
        ].join('\n'),
      );
    },
  );

  it('exits 2 when there is no project to check', () => {
    const result = spawnSync(
      process.execPath,
      ['scripts/check-links.ts', '--root', join(TEST_OUTPUT, 'no-such-project')],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('has no content/ folder');
  });
});
