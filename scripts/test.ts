/**
 * `npm test`: the static checks and every test, side by side.
 *
 * ESLint (type-aware), Prettier and `astro check` read nothing the tests write, and the tests spend
 * much of their time waiting on Chromium and child builds (the whole run kept about one of two cores
 * busy), so all four start at once after `astro sync`: about 40 s less than checks-then-tests. Each
 * check's output is printed whole when it ends rather than interleaved with Vitest's. A check that
 * fails stops the tests at once, and the exit status says so. Arguments go to Vitest
 * (`npm test -- tests/site/links.test.ts`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The project's own copy of a tool, as `npm run` would find it, also when this runs as `node scripts/test.ts`. */
const tool = (name: string): string => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

interface Finished {
  name: string;
  status: number | null;
  output: string;
}

/** Runs a command with its output kept until it ends. */
function buffered(name: string, command: string, args: readonly string[]): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(tool(command), args, {
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.on('error', (error) => {
      resolve({ name, status: null, output: `${output}${error.message}\n` });
    });
    child.on('close', (status) => {
      resolve({ name, status, output });
    });
  });
}

/** Runs a command in the foreground, its output straight to the terminal. */
function inherited(command: string, args: readonly string[]): number {
  return spawnSync(tool(command), args, { stdio: 'inherit' }).status ?? 1;
}

// The content collections' types, which both type checks read.
const synced = inherited('astro', ['sync']);
if (synced !== 0) process.exit(synced);

const tests: ChildProcess = spawn(tool('vitest'), ['run', ...process.argv.slice(2)], { stdio: 'inherit' });
const testsEnded = new Promise<number>((resolve) => {
  tests.on('error', () => {
    resolve(1);
  });
  tests.on('close', (status) => {
    resolve(status ?? 1);
  });
});

let failedCheck: string | undefined;
const checks = [
  buffered('eslint .', 'eslint', ['.']),
  buffered('prettier --check .', 'prettier', ['--check', '.']),
  buffered('astro check', 'astro', ['check']),
].map((check) =>
  check.then(({ name, status, output }) => {
    process.stdout.write(`\n> ${name}\n${output}`);
    if (status !== 0) {
      process.stdout.write(`${name} failed (exit ${String(status)}); stopping the tests\n`);
      failedCheck ??= name;
      tests.kill('SIGTERM');
    }
  }),
);
await Promise.all(checks);
const testStatus = await testsEnded;
if (failedCheck) process.exit(1);
process.exit(testStatus);
