/**
 * `npm test`: the static checks, then every test.
 *
 * ESLint (type-aware), Prettier and `astro check` each keep about one core busy and read nothing
 * the others write, so they run side by side, each one's output printed whole when it ends rather
 * than interleaved. Any of them failing stops the run before the tests, as `a && b && c` did, and
 * the exit status says so. Arguments go to Vitest (`npm test -- tests/site/links.test.ts`).
 */
import { spawn, spawnSync } from 'node:child_process';
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

const checks = await Promise.all([
  buffered('eslint .', 'eslint', ['.']),
  buffered('prettier --check .', 'prettier', ['--check', '.']),
  buffered('astro check', 'astro', ['check']),
]);
for (const { name, status, output } of checks) {
  process.stdout.write(`\n> ${name}\n${output}`);
  if (status !== 0) process.stdout.write(`${name} failed (exit ${String(status)})\n`);
}
if (checks.some(({ status }) => status !== 0)) process.exit(1);

process.exit(inherited('vitest', ['run', ...process.argv.slice(2)]));
