/**
 * `npm run check`: checks every briefing and source against the editor contract and prints every
 * problem, compiler style (scripts/support/check-command.ts; `npm run check -- --help`).
 *
 * The check runs in a Node process whose heap grows with the machine, as the build's does
 * (`heap-limit-fs.ts`): Node's fixed default of about 4 GB held 3.6 GB of a check of 20,000
 * briefings, so a publication half as large again would have run out of memory. An editor who
 * sets `--max-old-space-size` in NODE_OPTIONS keeps that limit, and the check runs in this process.
 *
 * Exit status: 0 when no error was found (warnings pass), 1 when one was, 2 when the check itself
 * could not run.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { heapLimitFlags } from '../src/checker/heap-limit-fs.ts';

const CHECK_COMMAND = fileURLToPath(new URL('support/check-command.ts', import.meta.url));

const flags = heapLimitFlags();
if (flags.length === 0) {
  await import(CHECK_COMMAND);
} else {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, CHECK_COMMAND, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  // The check decides how an interrupt ends it (`--watch` ends cleanly, with status 0) and this
  // process passes its status on. Ctrl-C in a terminal reaches both processes; a signal sent to
  // this one alone is passed to the check.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === null ? 2 : 1);
  });
  child.on('error', (error) => {
    process.stderr.write(`check: could not start the check: ${error.message}\n`);
    process.exitCode = 2;
  });
}
