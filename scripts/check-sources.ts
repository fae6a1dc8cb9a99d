/**
 * `npm run check:sources`: the rot watch. Re-fetches every source's `url` and `archive.url` and
 * reports, in the checker's line format and exit codes, what has happened to the evidence since it
 * was cited: a dead link whose archive copy still answers (warning), a source with no live copy
 * left (error), a page whose main text no longer holds a quote cited from it (`quote-drift`:
 * the source changed after we cited it), and a page whose main text differs from its capture
 * (`source-changed`). `--format markdown` writes a report for a scheduled workflow's job summary.
 *
 * It is polite: a few requests at a time, a pause between two requests to one host, a timeout on
 * each, and every address asked once per run however many sources name it. Opt-in: it needs the
 * network, so it is never part of the build; its tests serve pages from loopback.
 *
 * Exit status: 0 no errors (warnings allowed), 1 a source with no live copy, 2 it could not run.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { checkProject } from '../src/checker/check-project.ts';
import type { Point, Severity } from '../src/checker/diagnostic.ts';
import { escapeMarkdown } from '../src/checker/format-markdown.ts';
import type { LoadedSource } from '../src/checker/model.ts';
import { readProjectFiles } from '../src/checker/project-files-fs.ts';
import { foldText, matchQuote } from '../src/lib/quotes/quote-match.ts';
import { RULE_IDS } from '../src/checker/rules/index.ts';
import { unmarkPages } from '../src/lib/quotes/snapshot-pages.ts';
import { httpUrl } from '../src/lib/safe-url.ts';
import { captureDocument, sha256Hex } from './capture/capture.ts';
import { fetchDocument, FetchProblem } from './capture/fetch-document.ts';
import { readCommandLine } from './support/command-line.ts';

const USAGE = `Usage: npm run check:sources -- [options]

Re-fetches every source's url and archive.url and reports dead links, cited quotes the page no
longer holds (quote-drift) and pages whose text changed since their capture (source-changed).

Options:
  --root <dir>          project root (default: the current directory)
  --format <f>          text (default) or markdown, for a workflow's job summary
  --timeout <ms>        how long to wait for each answer (default: 20000)
  --concurrency <n>     requests at a time (default: 4)
  --host-delay <ms>     pause between two requests to one host (default: 1000)
  -h, --help            show this help

Exit status: 0 no errors (warnings allowed), 1 a source with no live copy, 2 it could not run.`;

/** The rules of the rot watch; they are not content rules, so `npm run check` never reports them. */
export type RotRule = 'source-dead' | 'archive-dead' | 'quote-drift' | 'source-changed';

/** One problem, in the checker's shape. */
export interface RotDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  rule: RotRule;
  message: string;
}

export interface RotOptions {
  timeout: number;
  concurrency: number;
  /** Milliseconds between two requests to one host. */
  hostDelay: number;
}

export interface RotReport {
  diagnostics: RotDiagnostic[];
  /** Distinct addresses fetched. */
  fetched: number;
  sources: number;
}

/** What an address gave: the main text of the document, or why there was none. */
type Fetched =
  | { live: true; text: string; sha256: string; textSha256: string }
  | { live: true; text: undefined; reason: string }
  | { live: false; reason: string };

/** Spaces requests to one host `delay` ms apart, whatever the concurrency. */
function hostGate(delay: number): (url: string) => Promise<void> {
  const next = new Map<string, number>();
  return async (url) => {
    if (delay <= 0) return;
    const host = new URL(url).host;
    const now = Date.now();
    const slot = Math.max(now, next.get(host) ?? 0);
    next.set(host, slot + delay);
    if (slot > now) await sleep(slot - now);
  };
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

async function fetchText(url: string, options: RotOptions): Promise<Fetched> {
  try {
    const document = await fetchDocument(url, { timeout: options.timeout });
    const capture = await captureDocument(document.kind, document.bytes);
    return { live: true, text: capture.text, sha256: sha256Hex(document.bytes), textSha256: sha256Hex(capture.text) };
  } catch (error) {
    if (error instanceof FetchProblem && error.kind === 'unsupported')
      return { live: true, text: undefined, reason: error.message };
    if (error instanceof FetchProblem) return { live: false, reason: error.message };
    return { live: true, text: undefined, reason: `could not be read (${(error as Error).message})` };
  }
}

/** A cited quote of a source, and where the citation is written. */
interface CitedQuote {
  file: string;
  point: Point;
  quote: string;
}

/** Every quote cited from each source (not through a via: the quote was read in the via source). */
function citedQuotes(context: ReturnType<typeof checkProject>['context']): Map<string, CitedQuote[]> {
  const quotes = new Map<string, CitedQuote[]>();
  for (const briefing of context.briefings) {
    for (const { claim, index } of briefing.claims) {
      claim?.citations.forEach((citation, citationIndex) => {
        if (citation.quote === undefined || citation.via !== undefined) return;
        const point = briefing.document?.locate(['claims', index, 'citations', citationIndex, 'quote']) ?? {
          line: 1,
          column: 1,
        };
        const list = quotes.get(citation.source) ?? [];
        list.push({ file: briefing.file.path, point, quote: citation.quote });
        quotes.set(citation.source, list);
      });
    }
  }
  return quotes;
}

function at(source: LoadedSource, path: readonly PropertyKey[]): Point {
  return source.document.locate(path);
}

/** Checks every source of the project at `root` over the network. */
export async function checkSources(root: string, options: RotOptions): Promise<RotReport> {
  const input = await readProjectFiles(root);
  const off = Object.fromEntries(RULE_IDS.map((id) => [id, 'off' as const]));
  const { context } = checkProject(input, { rules: off });
  const sources = [...context.sources.values()].sort((a, b) => a.file.path.localeCompare(b.file.path));

  const addresses = new Set<string>();
  for (const source of sources) {
    const url = httpUrl(source.data.url);
    const archive = httpUrl(source.data.archive?.url);
    if (url !== undefined) addresses.add(url);
    if (archive !== undefined) addresses.add(archive);
  }
  // The run's cache: each address is fetched once, however many sources name it.
  const answers = new Map<string, Fetched>();
  const gate = hostGate(options.hostDelay);
  await inPool([...addresses], options.concurrency, async (address) => {
    await gate(address);
    answers.set(address, await fetchText(address, options));
  });

  const quotes = citedQuotes(context);
  const diagnostics: RotDiagnostic[] = [];
  const add = (file: string, point: Point, severity: Severity, rule: RotRule, message: string): void => {
    diagnostics.push({ file, line: point.line, column: point.column, severity, rule, message });
  };

  for (const source of sources) {
    const file = source.file.path;
    const url = httpUrl(source.data.url);
    const archive = httpUrl(source.data.archive?.url);
    const page = url === undefined ? undefined : answers.get(url);
    const copy = archive === undefined ? undefined : answers.get(archive);

    if (url !== undefined && page && !page.live) {
      if (copy?.live)
        add(
          file,
          at(source, ['url']),
          'warning',
          'source-dead',
          `url ${url} ${page.reason}; its archive copy ${archive} still answers: link readers to it, or find where the page moved`,
        );
      else
        add(
          file,
          at(source, ['url']),
          'error',
          'source-dead',
          archive === undefined
            ? `url ${url} ${page.reason} and the source has no archive copy: look for one at https://web.archive.org/web/*/${url} and add archive: { url, date }, or cite another source`
            : `url ${url} ${page.reason}, and so does its archive copy ${archive} (${copy?.live === false ? copy.reason : 'no answer'}): no live copy is left; find where the page moved or another archive of it`,
        );
    }
    if (archive !== undefined && copy && !copy.live && (page === undefined || page.live))
      add(
        file,
        at(source, ['archive', 'url']),
        'warning',
        'archive-dead',
        `archive.url ${archive} ${copy.reason}; archive the page again (https://web.archive.org/save) and update archive.url and archive.date`,
      );

    if (page?.live !== true || page.text === undefined) continue;
    const capture = source.data.capture;
    if (capture && page.sha256 !== capture.sha256 && page.textSha256 !== capture['text-sha256'])
      add(
        file,
        source.document.locateKey(['capture']),
        'warning',
        'source-changed',
        `the main text at ${url} is no longer what was captured from ${capture.from} on ${capture.date}; the snapshot keeps what was cited: compare them, and note a correction if the source now says something else`,
      );
    const text = foldText(unmarkPages(page.text).text);
    for (const cited of quotes.get(source.id) ?? []) {
      if (matchQuote(cited.quote, text).found) continue;
      add(
        cited.file,
        cited.point,
        'warning',
        'quote-drift',
        `the page at ${url} no longer contains this quote of "${source.id}": the source changed after it was cited; check the snapshot and the archive copy still hold it, and say so if the source now reads differently`,
      );
    }
  }
  diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
  return { diagnostics, fetched: addresses.size, sources: sources.length };
}

function summary(report: RotReport): string {
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  const sources = `${report.sources} source${report.sources === 1 ? '' : 's'}`;
  const addresses = `${report.fetched} address${report.fetched === 1 ? '' : 'es'}`;
  return report.diagnostics.length === 0
    ? `No problems: ${sources}, ${addresses} fetched.`
    : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}: ${sources}, ${addresses} fetched.`;
}

/** The report in the checker's line format. */
export function formatRotText(report: RotReport): string {
  const lines = report.diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column}: ${d.severity} [${d.rule}] ${d.message}`,
  );
  return `${[...lines, summary(report)].join('\n')}\n`;
}

/** The report for a job summary: a headline, what to read first, and one table row per problem. */
export function formatRotMarkdown(report: RotReport): string {
  const errors = report.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const lines = [
    `## Source rot check: ${errors ? 'evidence lost' : report.diagnostics.length > 0 ? 'sources changed' : 'all sources answer'}`,
    '',
    escapeMarkdown(summary(report)),
  ];
  if (report.diagnostics.length > 0) {
    lines.push(
      '',
      'An error is a source with no live copy left; `source-dead` and `archive-dead` warnings are links to mend; `quote-drift` and `source-changed` mean the page changed after it was cited: the snapshot still keeps what it said.',
      '',
      '| Severity | Where | Rule | Problem |',
      '| --- | --- | --- | --- |',
    );
    for (const d of report.diagnostics)
      lines.push(
        `| ${d.severity === 'error' ? 'Error' : 'Warning'} | ${escapeMarkdown(`${d.file}:${d.line}:${d.column}`)} | ${d.rule} | ${escapeMarkdown(d.message)} |`,
      );
  }
  return `${lines.join('\n')}\n`;
}

function fail(message: string): void {
  process.stderr.write(`check:sources: ${message}\n`);
  process.exitCode = 2;
}

function wholeNumber(value: string, name: string, minimum: number): number | undefined {
  const number = Number(value);
  if (Number.isInteger(number) && number >= minimum) return number;
  fail(`--${name} must be a whole number of at least ${minimum}, not "${value}"`);
  return undefined;
}

async function main(): Promise<void> {
  const parsed = readCommandLine(
    {
      options: {
        root: { type: 'string', default: '.' },
        format: { type: 'string', default: 'text' },
        timeout: { type: 'string', default: '20000' },
        concurrency: { type: 'string', default: '4' },
        'host-delay': { type: 'string', default: '1000' },
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
  if (values.format !== 'text' && values.format !== 'markdown') {
    fail(`--format must be text or markdown, not "${values.format}"`);
    return;
  }
  const timeout = wholeNumber(values.timeout, 'timeout', 1);
  const concurrency = wholeNumber(values.concurrency, 'concurrency', 1);
  const hostDelay = wholeNumber(values['host-delay'], 'host-delay', 0);
  if (timeout === undefined || concurrency === undefined || hostDelay === undefined) return;
  const root = resolve(values.root);
  if (!statSync(join(root, 'content'), { throwIfNoEntry: false })?.isDirectory()) {
    fail(`${root} has no content/ folder; run it in the project's root or name it with --root <dir>`);
    return;
  }
  const report = await checkSources(root, { timeout, concurrency, hostDelay });
  process.stdout.write(values.format === 'markdown' ? formatRotMarkdown(report) : formatRotText(report));
  if (report.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) process.exitCode = 1;
}

if (import.meta.main) await main();
