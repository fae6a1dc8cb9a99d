/**
 * `npm run check`: checks every briefing and source against the editor contract and prints every
 * problem, compiler style. Runs directly on Node, without Astro or Vite, so it is fast enough to
 * run on every save.
 *
 * Exit status: 0 when no error was found (warnings pass), 1 when one was, 2 when the check itself
 * could not run.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkProjectAt } from '../src/checks/check-project-fs.ts';
import { FORMATS, formatReport, type Format } from '../src/checks/format.ts';
import { isoDateSchema } from '../src/schemas/index.ts';

const USAGE = `Usage: npm run check -- [options]

Checks content/briefings/*.mdx and content/sources/*.yaml against the editor contract.

Options:
  --format <text|json|github>  output format (default: text)
  --root <dir>                 project root (default: the current directory)
  --today <YYYY-MM-DD>         the date to treat as today, for the future-date check
  -h, --help                   show this help

Exit status: 0 no errors, 1 errors found, 2 the check could not run.`;

function fail(message: string): void {
  process.stderr.write(`check: ${message}\n`);
  process.exitCode = 2;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        format: { type: 'string', default: 'text' },
        root: { type: 'string', default: '.' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
    return;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!(FORMATS as readonly string[]).includes(values.format)) {
    fail(`unknown format "${values.format}"; expected one of: ${FORMATS.join(', ')}`);
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
  try {
    const result = await checkProjectAt(root, values.today === undefined ? {} : { today: values.today });
    process.stdout.write(formatReport(result.diagnostics, result.fileCount, values.format as Format));
    process.exitCode = result.errorCount > 0 ? 1 : 0;
  } catch (error) {
    const cause = (error as Error).cause;
    fail(`${(error as Error).message}${cause instanceof Error ? `: ${cause.message}` : ''}`);
  }
}

await main();
