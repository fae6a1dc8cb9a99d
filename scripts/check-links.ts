/**
 * `npm run check:links`: asks every source's `url` and `archive.url` over the network whether the
 * page is still there, and reports the dead ones in the checker's line format, naming the archive
 * copy to link instead. Opt-in: it needs the network, so it is never part of the build or the
 * tests, which read nothing from the network.
 *
 * A link is dead when its server answers 404 or 410, redirects in a loop or to no web address, or
 * its host name does not exist; it is unreachable, worth trying later, on a 5xx answer, another
 * refusal (401, 403, 429), a timeout or a failed connection. HEAD first, GET when HEAD is refused
 * (some servers answer HEAD wrongly); redirects are followed; a few requests at a time.
 *
 * Exit status: 0 when it ran (dead links are warnings, as in `npm run check`), 2 when it could not.
 */
import { statSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join, resolve } from 'node:path';
import { checkProject } from '../src/checker/check-project.ts';
import type { Point } from '../src/checker/diagnostic.ts';
import { RULE_IDS } from '../src/checker/rules/index.ts';
import { readProjectFiles } from '../src/checker/project-files-fs.ts';
import { httpUrl } from '../src/lib/safe-url.ts';
import { readCommandLine } from './support/command-line.ts';

const USAGE = `Usage: npm run check:links -- [options]

Checks every source's url and archive.url over the network and reports dead links.

Options:
  --root <dir>           project root (default: the current directory)
  --timeout <ms>         how long to wait for each answer (default: 10000)
  --concurrency <n>      requests at a time (default: 4)
  -h, --help             show this help

Exit status: 0 it ran (dead links are warnings), 2 it could not run.`;

/** What became of a link: its final answer, or why there was none. */
export type LinkStatus = { kind: 'live' } | { kind: 'dead'; reason: string } | { kind: 'unreachable'; reason: string };

export interface ProbeOptions {
  /** Milliseconds to wait for each answer. */
  timeout: number;
  /** Host-name resolution; tests point every name at loopback, or make one fail. */
  lookup?: RequestOptions['lookup'];
  maxRedirects?: number;
}

type Answer = { status: number; location: string | undefined } | { error: NodeJS.ErrnoException };

/** One request; the body is never read, only the status line and headers. */
function ask(url: URL, method: 'HEAD' | 'GET', options: ProbeOptions): Promise<Answer> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((settle) => {
    const request = send(
      url,
      {
        method,
        signal: AbortSignal.timeout(options.timeout),
        ...(options.lookup ? { lookup: options.lookup } : {}),
        headers: { 'user-agent': 'Mozilla/5.0 (compatible; corroborate-check-links)', accept: '*/*' },
      },
      (response: IncomingMessage) => {
        settle({ status: response.statusCode ?? 0, location: response.headers.location });
        response.destroy();
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      settle({ error });
    });
    request.end();
  });
}

function isTimeout(error: NodeJS.ErrnoException): boolean {
  return error.name === 'AbortError' || error.name === 'TimeoutError';
}

function describeError(error: NodeJS.ErrnoException, timeout: number): LinkStatus {
  if (isTimeout(error)) return { kind: 'unreachable', reason: `gave no answer within ${timeout / 1000} s` };
  if (error.code === 'ENOTFOUND') return { kind: 'dead', reason: 'names a host that does not exist' };
  return { kind: 'unreachable', reason: `could not be reached (${error.code ?? error.message})` };
}

/** Whether a link still leads to a page, following redirects, HEAD first and GET when HEAD is refused. */
export async function probeLink(address: string, options: ProbeOptions): Promise<LinkStatus> {
  const maxRedirects = options.maxRedirects ?? 10;
  let url = new URL(address);
  for (let redirects = 0; redirects <= maxRedirects; redirects++) {
    let answer = await ask(url, 'HEAD', options);
    // Servers that mishandle HEAD refuse it or drop the connection; GET is what a reader sends.
    // A missing host or a silent server would only fail again, twice as slowly.
    const retry =
      'error' in answer
        ? describeError(answer.error, options.timeout).kind === 'unreachable' && !isTimeout(answer.error)
        : answer.status >= 400;
    if (retry) answer = await ask(url, 'GET', options);
    if ('error' in answer) return describeError(answer.error, options.timeout);
    const { status, location } = answer;
    if (status >= 300 && status < 400 && location !== undefined) {
      const next = httpUrl(new URL(location, url).href);
      if (next === undefined) return { kind: 'dead', reason: `redirects to ${location}, which is not a web address` };
      url = new URL(next);
      continue;
    }
    if (status >= 200 && status < 300) return { kind: 'live' };
    if (status === 404 || status === 410) return { kind: 'dead', reason: `answered ${status}` };
    return { kind: 'unreachable', reason: `answered ${status}` };
  }
  return { kind: 'dead', reason: `redirects more than ${maxRedirects} times` };
}

/** One place a link is written: a source's `url` or `archive.url`. */
interface LinkUse {
  file: string;
  point: Point;
  field: 'url' | 'archive.url';
  url: string;
  /** For a `url`, the source's archive copy, when it has one. */
  archive?: string;
}

/** A link problem in the checker's line format. */
export interface LinkReport {
  lines: string[];
  checked: number;
  dead: number;
  unreachable: number;
}

/** Every http(s) link of the project's sources, where it is written; the checker reports the rest. */
async function linkUses(root: string): Promise<LinkUse[]> {
  const input = await readProjectFiles(root);
  const off = Object.fromEntries(RULE_IDS.map((id) => [id, 'off' as const]));
  const { context } = checkProject(input, { rules: off });
  const uses: LinkUse[] = [];
  for (const source of context.sources.values()) {
    const url = httpUrl(source.data.url);
    const archive = httpUrl(source.data.archive?.url);
    const file = source.file.path;
    if (url !== undefined) {
      const use: LinkUse = { file, point: source.document.locate(['url']), field: 'url', url };
      if (archive !== undefined) use.archive = archive;
      uses.push(use);
    }
    if (archive !== undefined)
      uses.push({ file, point: source.document.locate(['archive', 'url']), field: 'archive.url', url: archive });
  }
  return uses.sort((a, b) => a.file.localeCompare(b.file) || a.point.line - b.point.line);
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function advice(use: LinkUse, status: Exclude<LinkStatus, { kind: 'live' }>): string {
  const what = `${use.field} ${use.url} ${status.reason}`;
  if (status.kind === 'unreachable') return `${what}; it may be down for now: try again later`;
  if (use.field === 'archive.url')
    return `${what}; archive the page again (https://web.archive.org/save) and update archive.url and archive.date`;
  return use.archive !== undefined
    ? `${what}; link readers to the archive copy ${use.archive} instead, or find where the page moved`
    : `${what}; there is no archive copy: look for one at https://web.archive.org/web/*/${use.url} and add archive: { url, date }`;
}

/** Checks every link of the project at `root` and words each problem as the checker would. */
export async function checkLinks(root: string, options: ProbeOptions & { concurrency: number }): Promise<LinkReport> {
  const uses = await linkUses(root);
  const distinct = [...new Set(uses.map((use) => use.url))];
  const statuses = new Map(
    (await inPool(distinct, options.concurrency, (url) => probeLink(url, options))).map(
      (status, index) => [distinct[index]!, status] as const,
    ),
  );
  const lines: string[] = [];
  for (const use of uses) {
    const status = statuses.get(use.url)!;
    if (status.kind === 'live') continue;
    const rule = status.kind === 'dead' ? 'link-dead' : 'link-unreachable';
    lines.push(`${use.file}:${use.point.line}:${use.point.column}: warning [${rule}] ${advice(use, status)}`);
  }
  const count = (kind: LinkStatus['kind']): number => [...statuses.values()].filter((s) => s.kind === kind).length;
  return { lines, checked: distinct.length, dead: count('dead'), unreachable: count('unreachable') };
}

function fail(message: string): void {
  process.stderr.write(`check:links: ${message}\n`);
  process.exitCode = 2;
}

async function main(): Promise<void> {
  const parsed = readCommandLine(
    {
      options: {
        root: { type: 'string', default: '.' },
        timeout: { type: 'string', default: '10000' },
        concurrency: { type: 'string', default: '4' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    },
    USAGE,
    fail,
  );
  if (!parsed) return;
  const { values } = parsed;
  const timeout = Number(values.timeout);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(timeout) || timeout < 1) {
    fail(`--timeout must be a whole number of milliseconds, not "${values.timeout}"`);
    return;
  }
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    fail(`--concurrency must be a whole number above 0, not "${values.concurrency}"`);
    return;
  }
  const root = resolve(values.root);
  if (!statSync(join(root, 'content'), { throwIfNoEntry: false })?.isDirectory()) {
    fail(`${root} has no content/ folder; run it in the project's root or name it with --root <dir>`);
    return;
  }
  const report = await checkLinks(root, { timeout, concurrency });
  const summary = `${report.checked} link${report.checked === 1 ? '' : 's'} checked: ${report.dead} dead, ${report.unreachable} unreachable (try again later)`;
  process.stdout.write([...report.lines, summary].join('\n') + '\n');
}

if (import.meta.main) await main();
