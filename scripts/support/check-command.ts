/**
 * The check itself, which scripts/check.ts runs with a heap fitted to the machine: checks every
 * briefing and source against the editor contract and prints every problem, compiler style. Runs
 * directly on Node, without Astro or Vite, so it is fast enough to run on every save.
 *
 * Exit status: 0 when no error was found (warnings pass), 1 when one was, 2 when the check itself
 * could not run.
 */
import { statSync, watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { CACHE_FOLDER, checkWithCacheAt } from '../../src/checker/check-cache-fs.ts';
import { checkChangedAt } from '../../src/checker/check-changed-fs.ts';
import { checkProjectAt, type CheckOnDiskOptions } from '../../src/checker/check-project-fs.ts';
import type { CheckResult } from '../../src/checker/check-project.ts';
import { formatMarkdownReport } from '../../src/checker/format-markdown.ts';
import { FORMATS, formatDiagnostic, formatReport, formatSummary, type Format } from '../../src/checker/format.ts';
import { recheckReport } from '../../src/checker/recheck-report.ts';
import { RULES } from '../../src/checker/rules/index.ts';
import { isoDateSchema } from '../../src/schemas/index.ts';
import { readCommandLine } from './command-line.ts';

const USAGE = `Usage: npm run check -- [options]

Checks content/briefings/*.mdx and content/sources/*.yaml against the editor contract.

Options:
  --format <text|json|github|markdown>
                               output format (default: text); markdown is a short report
                               for a pull-request comment or a CI job summary
  --changed                    check only the content files changed since the merge base
                               with main, and the files that cite or are cited by them
  --base <ref>                 with --changed, compare with this git ref instead of main
  --root <dir>                 project root (default: the current directory)
  --today <YYYY-MM-DD>         the date to treat as today, for the future-date check
  --no-cache                   check every file afresh, neither reading nor writing the
                               cache in node_modules/.cache/corroborate/ (which keeps what
                               each file's last check found, so that unchanged files are
                               not checked again); --changed never uses it
  --watch                      check again whenever a file under content/ changes, printing
                               new problems and how many were fixed; Ctrl-C ends it
  --rules                      list every rule, one a line: id, default severity, what it
                               catches; checks nothing
  -h, --help                   show this help

Exit status: 0 no errors, 1 errors found, 2 the check could not run.`;

// `npm run check | head` closes the pipe early; that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

function fail(message: string): void {
  process.stderr.write(`check: ${message}\n`);
  process.exitCode = 2;
}

async function main(): Promise<void> {
  const parsed = readCommandLine(
    {
      options: {
        format: { type: 'string', default: 'text' },
        root: { type: 'string', default: '.' },
        today: { type: 'string' },
        watch: { type: 'boolean', default: false },
        changed: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        base: { type: 'string' },
        rules: { type: 'boolean', default: false },
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
  if (values.rules) {
    process.stdout.write(listRules());
    return;
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    fail(`unknown format "${values.format}"; expected one of: ${FORMATS.join(', ')}`);
    return;
  }
  if (values.watch && values.format !== 'text') {
    fail('--watch prints text as problems come and go; leave out --format');
    return;
  }
  if (values.base !== undefined && !values.changed) {
    fail('--base names what --changed compares with; add --changed');
    return;
  }
  if (values.watch && values.changed) {
    fail('--watch checks everything on every save; leave out --changed');
    return;
  }
  if (values.today !== undefined && !isoDateSchema.safeParse(values.today).success) {
    fail(`--today must be a date that exists, written YYYY-MM-DD, not "${values.today}"`);
    return;
  }
  const root = resolve(values.root);
  // A mistyped --root must not pass as a project with nothing to check.
  if (!statSync(join(root, 'content'), { throwIfNoEntry: false })?.isDirectory()) {
    fail(`${root} has no content/ folder; run the check in the project's root or name it with --root <dir>`);
    return;
  }
  const cache = !values['no-cache'];
  if (values.watch) {
    watchProject(root, values.today, cache);
    return;
  }
  const settings = values.today === undefined ? {} : { today: values.today };
  try {
    if (values.changed) {
      const { result, scope, claimChanges } = await checkChangedAt(root, values.base, settings);
      const scopeNote = `${plural(scope.changed.length, 'changed file')}, loading ${scope.loaded} of ${scope.total} content files`;
      if (values.format === 'markdown') {
        const publishers = new Map<string, string>();
        for (const source of result.context.sources.values()) {
          if (source.data.publisher) publishers.set(source.id, source.data.publisher);
        }
        process.stdout.write(
          formatMarkdownReport(result.diagnostics, result.fileCount, { claimChanges, publishers, scope: scopeNote }),
        );
      } else {
        process.stdout.write(formatReport(result.diagnostics, result.fileCount, values.format as Format));
        if (values.format === 'text') process.stdout.write(`Checked ${scopeNote}.\n`);
      }
      process.exitCode = result.errorCount > 0 ? 1 : 0;
      return;
    }
    const { result, reused } = await check(root, settings, cache);
    process.stdout.write(formatReport(result.diagnostics, result.fileCount, values.format as Format));
    // Said only to a person at a terminal: the report itself is the same whatever the cache held.
    if (values.format === 'text' && process.stdout.isTTY) process.stdout.write(cacheNote(reused, result.fileCount));
    process.exitCode = result.errorCount > 0 ? 1 : 0;
  } catch (error) {
    const cause = (error as Error).cause;
    fail(`${(error as Error).message}${cause instanceof Error ? `: ${cause.message}` : ''}`);
  }
}

/**
 * A check of the whole project, through the cache unless `cache` is false; `reused` counts the
 * files whose diagnostics came from the cache.
 */
async function check(
  root: string,
  settings: CheckOnDiskOptions,
  cache: boolean,
): Promise<{ result: Pick<CheckResult, 'diagnostics' | 'errorCount' | 'fileCount'>; reused: number }> {
  if (!cache) return { result: await checkProjectAt(root, settings), reused: 0 };
  return checkWithCacheAt(root, settings);
}

/** Tells how much of the check the cache saved, and how to do without it; nothing when it saved nothing. */
function cacheNote(reused: number, fileCount: number): string {
  if (reused === 0) return '';
  return `${reused} of ${plural(fileCount, 'file')} unchanged since the last check: their results came from ${CACHE_FOLDER}/ (--no-cache checks them again).\n`;
}

/** Every rule, one a line, in the contract's order: id, default severity and summary in columns. */
function listRules(): string {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  return RULES.map((rule) => `${rule.id.padEnd(width)}  ${rule.severity.padEnd(5)}  ${rule.summary}\n`).join('');
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Quiet time after the last change before checking again: an editor's save is often several writes. */
const WATCH_DEBOUNCE_MS = 150;

/** Files editors write beside the one being saved (hidden files, backups, Vim's swap and probe files). */
const EDITOR_TEMPORARY = /^\.|~$|\.sw[a-p]$|^4913$/;

/**
 * `--watch`: checks once and prints the full report, then checks again after every change under
 * content/ and prints only what changed: the new problems, how many were fixed, and the summary.
 * Errors never end it (nor does a check that cannot run: the next save may fix that too); Ctrl-C
 * does, with exit status 0.
 */
function watchProject(root: string, today: string | undefined, cache: boolean): void {
  let previous: Set<string> | undefined;
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const run = async (): Promise<void> => {
    const files = [...changed].sort();
    changed.clear();
    try {
      const { result } = await check(root, today === undefined ? {} : { today }, cache);
      const lines = result.diagnostics.map(formatDiagnostic);
      if (previous === undefined) {
        process.stdout.write(formatReport(result.diagnostics, result.fileCount, 'text'));
      } else {
        const report = recheckReport(previous, lines, files, formatSummary(result.diagnostics, result.fileCount));
        process.stdout.write(`${report.join('\n')}\n`);
      }
      previous = new Set(lines);
    } catch (error) {
      const cause = (error as Error).cause;
      process.stderr.write(
        `check: ${(error as Error).message}${cause instanceof Error ? `: ${cause.message}` : ''}; watching on\n`,
      );
    }
  };

  // One check at a time; changes made during a check are checked right after it.
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = (running ?? Promise.resolve()).then(run);
    }, WATCH_DEBOUNCE_MS);
  };

  const watcher = watch(join(root, 'content'), { recursive: true }, (_event, file) => {
    const path = file === null ? '' : file.split('\\').join('/');
    if (EDITOR_TEMPORARY.test(path.split('/').at(-1) ?? '')) return;
    changed.add(`content/${path}`);
    schedule();
  });
  running = run().then(() => {
    process.stdout.write('Watching content/ for changes; press Ctrl-C to stop.\n');
  });
  // `on`, not `once`: Ctrl-C in a terminal arrives twice, from the terminal and from scripts/check.ts.
  process.on('SIGINT', () => {
    watcher.close();
    clearTimeout(timer);
    process.exitCode = 0;
  });
}

await main();
