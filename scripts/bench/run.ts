/**
 * `npm run bench -- --n 1000 [--runs 3] [--seed 1]`: builds one synthetic corpus two ways in one run,
 * alternating, and compares them: this project's `npm run build` (check, Astro, Pagefind) and a
 * bare Astro site rendering the same MDX (see baseline.ts). Then `npm run check` alone, a rebuild
 * after editing one briefing, the weight of the pages and the cost of a first search. Prints the
 * table and the targets, and keeps the results in `.bench/results/` for BENCHMARKS.md.
 *
 *   --runs <k>         timed builds of each kind (default 3)
 *   --skip-size        leave out page weight and search cost
 *   --profile          also profile one build and one check with --cpu-prof
 *   --quiet-wait <s>   before each run, wait up to this long for other work to leave the CPU idle
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE_FOLDER } from '../../src/checker/check-cache-fs.ts';
import { writeBaseline } from './baseline.ts';
import { ensureCorpus, type CorpusManifest } from './corpus.ts';
import { describeMachine, machineCpu, waitForQuiet, type Machine } from './machine.ts';
import { measure, type Measurement } from './measure.ts';
import { BENCH_DIR, NODE, REPO_ROOT, baselineDir, corpusDir } from './paths.ts';
import { formatProfile, summariseProfile, type ProfileSummary } from './profile.ts';
import { folderBytes, formatSizes, measureSizes, type SizeReport } from './size.ts';
import { evaluateTargets, formatTable, formatTargets, loadResults } from './report.ts';

export interface Run extends Measurement {
  /** CPU seconds other processes on the machine used during the run: contention, if large. */
  otherCpu: number;
}

export interface BenchResult {
  n: number;
  seed: number;
  date: string;
  machine: Machine;
  corpus: CorpusManifest;
  check: Run[];
  checkSummary: string;
  ours: Run[];
  baseline: Run[];
  oursRebuild: Run[];
  baselineRebuild: Run[];
  pages: { ours: number; baseline: number };
  outputBytes: { ours: number; baseline: number };
  /** Seconds from the start of the last timed build to each milestone its log reports. */
  phases: { ours: Record<string, number>; baseline: Record<string, number> };
  sizes?: SizeReport;
  profiles?: ProfileSummary[];
}

const ENV = { ASTRO_TELEMETRY_DISABLED: '1' };

/** Log lines that mark where a build is, with the time stamp Astro gives them (one-second resolution). */
const MILESTONES: [string, RegExp][] = [
  ['content checked', /\[corroborate\] (?:No problems|\d+ problems?)/],
  ['content synced', /\[content\] Synced content/],
  ['scripts and styles bundled', /\[vite\] ✓ built in/],
  ['pages rendered', /^\S+ ✓ Completed in/],
  ['search index written', /\[corroborate\] search index written/],
  ['done', /\[build\] Complete!/],
];

function milestones(log: string, started: Date): Record<string, number> {
  const found: Record<string, number> = {};
  for (const line of log.split('\n')) {
    const stamp = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    if (!stamp) continue;
    const at = new Date(started);
    at.setHours(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]), 0);
    for (const [name, pattern] of MILESTONES) {
      if (!(name in found) && pattern.test(line))
        found[name] = Math.max(0, Math.round((at.getTime() - started.getTime()) / 1000));
    }
  }
  return found;
}

function htmlPages(folder: string): number {
  return readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

/** Removes a build's output and Astro's caches, so the next build starts cold. */
function clean(root: string): void {
  for (const name of ['dist', '.astro', 'node_modules/.astro', CACHE_FOLDER])
    rmSync(join(root, name), { recursive: true, force: true });
  for (const name of readdirSync(root))
    if (name.startsWith('.dist-building-')) rmSync(join(root, name), { recursive: true, force: true });
}

interface Options {
  n: number;
  seed: number;
  runs: number;
  quietWait: number;
}

async function timed(
  label: string,
  args: string[],
  cwd: string,
  logFile: string,
  options: Options,
): Promise<{ run: Run; started: Date }> {
  const busy = await waitForQuiet(0.15, options.quietWait);
  if (busy >= 0.15)
    process.stdout.write(`  (other work still uses ${(busy * 100).toFixed(0)}% of the CPU; measuring anyway)\n`);
  const before = machineCpu();
  const started = new Date();
  const measured = await measure(NODE, args, { cwd, logFile, env: ENV });
  const after = machineCpu();
  const run: Run = { ...measured, otherCpu: Math.max(0, after.busy - before.busy - measured.cpu) };
  process.stdout.write(
    `  ${label.padEnd(22)} ${run.wall.toFixed(1).padStart(6)} s wall ${run.cpu.toFixed(1).padStart(6)} s CPU ${(run.peakRss / 2 ** 20).toFixed(0).padStart(5)} MB peak` +
      `${run.otherCpu > 0.1 * run.wall ? `  (other processes: ${run.otherCpu.toFixed(1)} CPU s)` : ''}\n`,
  );
  if (run.exitCode !== 0)
    throw new Error(`${label} failed with exit code ${run.exitCode}; see ${relative(REPO_ROOT, logFile)}`);
  return { run, started };
}

async function profileOurs(options: Options, corpus: string, logs: string): Promise<ProfileSummary[]> {
  const folder = join(BENCH_DIR, 'prof', `${options.n}-${options.seed}`);
  rmSync(folder, { recursive: true, force: true });
  clean(corpus);
  const flags = (name: string) => ['--cpu-prof', '--cpu-prof-dir', join(folder, name)];
  await timed(
    'profiled build',
    [...flags('build'), 'scripts/build.ts', '--root', corpus, '--outDir', 'dist'],
    REPO_ROOT,
    join(logs, 'profile-build.log'),
    options,
  );
  await timed(
    'profiled check',
    [...flags('check'), 'scripts/check.ts', '--root', corpus, '--no-cache'],
    REPO_ROOT,
    join(logs, 'profile-check.log'),
    options,
  );
  const summaries: ProfileSummary[] = [];
  for (const kind of ['build', 'check']) {
    for (const file of readdirSync(join(folder, kind)).sort())
      summaries.push(summariseProfile(join(folder, kind, file), 12));
  }
  return summaries;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '3' },
      query: { type: 'string', default: 'sanctions' },
      'skip-size': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'quiet-wait': { type: 'string', default: '300' },
    },
  });
  const options: Options = {
    n: Number(values.n),
    seed: Number(values.seed),
    runs: Number(values.runs),
    quietWait: Number(values['quiet-wait']),
  };
  if (!Number.isInteger(options.n) || options.n < 1 || !Number.isInteger(options.runs) || options.runs < 1) {
    process.stderr.write('Usage: npm run bench -- --n <briefings> [--runs 3] [--seed 1] [--skip-size] [--profile]\n');
    process.exitCode = 2;
    return;
  }
  const { n, seed, runs } = options;
  const corpus = corpusDir(n, seed);
  const baseline = baselineDir(n, seed);
  const logs = join(BENCH_DIR, 'logs', `${n}-${seed}`);
  mkdirSync(logs, { recursive: true });

  process.stdout.write(`Corpus ${relative(REPO_ROOT, corpus)}/ and baseline ${relative(REPO_ROOT, baseline)}/\n`);
  const manifest = ensureCorpus(n, seed);
  writeBaseline(n, seed);
  const machine = describeMachine(process.version);

  const check: Run[] = [];
  process.stdout.write('npm run check alone\n');
  for (let index = 0; index < runs; index++) {
    const log = join(logs, `check-${index + 1}.log`);
    check.push(
      // A full check each time: the check cache would make the second and third runs warm.
      (await timed(`check ${index + 1}`, ['scripts/check.ts', '--root', corpus, '--no-cache'], REPO_ROOT, log, options))
        .run,
    );
  }
  const checkSummary = readFileSync(join(logs, 'check-1.log'), 'utf8').trim().split('\n').at(-1) ?? '';

  const ours: Run[] = [];
  const base: Run[] = [];
  const phases: BenchResult['phases'] = { ours: {}, baseline: {} };
  // Milestones are kept from the cold builds only.
  const buildOurs = async (label: string, log: string, cold = true) => {
    const result = await timed(
      label,
      ['scripts/build.ts', '--root', corpus, '--outDir', 'dist'],
      REPO_ROOT,
      log,
      options,
    );
    if (cold) phases.ours = milestones(readFileSync(log, 'utf8'), result.started);
    return result.run;
  };
  const buildBaseline = async (label: string, log: string, cold = true) => {
    const astro = join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
    const result = await timed(label, [astro, 'build'], baseline, log, options);
    if (cold) phases.baseline = milestones(readFileSync(log, 'utf8'), result.started);
    return result.run;
  };
  process.stdout.write('Full builds from cold, alternating\n');
  for (let index = 0; index < runs; index++) {
    clean(corpus);
    ours.push(await buildOurs(`ours ${index + 1}`, join(logs, `ours-${index + 1}.log`)));
    clean(baseline);
    base.push(await buildBaseline(`baseline ${index + 1}`, join(logs, `baseline-${index + 1}.log`)));
  }
  const pages = { ours: htmlPages(join(corpus, 'dist')), baseline: htmlPages(join(baseline, 'dist')) };
  const outputBytes = { ours: folderBytes(join(corpus, 'dist')), baseline: folderBytes(join(baseline, 'dist')) };
  let sizes: SizeReport | undefined;
  if (!values['skip-size']) {
    process.stdout.write('Page weight, reading without JavaScript, first search\n');
    sizes = await measureSizes(join(corpus, 'dist'), values.query);
  }

  // The same edit for both: they read the same briefing file. Astro's caches are warm from the last builds.
  process.stdout.write('Rebuilds after editing one briefing\n');
  const oursRebuild: Run[] = [];
  const baselineRebuild: Run[] = [];
  const folder = join(corpus, 'content/briefings');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  for (let index = 0; index < runs; index++) {
    const file = join(folder, files[Math.floor(((index + 0.5) * files.length) / runs)]!);
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${original}\nA sentence added for the rebuild benchmark, edit ${index + 1}.\n`);
      oursRebuild.push(
        await buildOurs(`ours rebuild ${index + 1}`, join(logs, `ours-rebuild-${index + 1}.log`), false),
      );
      baselineRebuild.push(
        await buildBaseline(`baseline rebuild ${index + 1}`, join(logs, `baseline-rebuild-${index + 1}.log`), false),
      );
    } finally {
      writeFileSync(file, original);
    }
  }

  const result: BenchResult = {
    n,
    seed,
    date: new Date().toISOString(),
    machine,
    corpus: manifest,
    check,
    checkSummary,
    ours,
    baseline: base,
    oursRebuild,
    baselineRebuild,
    pages,
    outputBytes,
    phases,
  };
  if (sizes) result.sizes = sizes;
  if (values.profile) {
    process.stdout.write('Profiles\n');
    result.profiles = await profileOurs(options, corpus, logs);
  }

  const resultsDir = join(BENCH_DIR, 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `bench-${n}-${seed}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const all = loadResults(resultsDir);
  const report = [
    formatTable(result),
    ...(result.sizes ? ['', formatSizes(result.sizes)] : []),
    ...(result.profiles ? ['', ...result.profiles.map(formatProfile)] : []),
    '',
    formatTargets(evaluateTargets(all)),
  ].join('\n');
  writeFileSync(join(resultsDir, `bench-${n}-${seed}.md`), `${report}\n`);
  process.stdout.write(
    `\n${report}\n\nResults kept in ${relative(REPO_ROOT, resultsDir)}/bench-${n}-${seed}.{json,md}\n`,
  );
}

if (!existsSync(NODE)) {
  process.stderr.write(`${NODE} is missing: run npm ci (with its install scripts) first\n`);
  process.exitCode = 2;
} else {
  await main();
}
