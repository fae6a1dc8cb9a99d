/** The benchmark's tables and its targets, each with PASS or MISS beside the measured value. */
import type { SearchCost } from './search-cost.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult, Run } from './run.ts';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const wallOf = (runs: readonly Run[]): number => median(runs.map((run) => run.wall));
const rssOf = (runs: readonly Run[]): number => median(runs.map((run) => run.peakRss));
const count = (value: number): string => value.toLocaleString('en-US');
const seconds = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} s`;
const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ratio = (a: number, b: number): string => (a / b).toFixed(2);

function timeCell(runs: readonly Run[]): string {
  const walls = runs.map((run) => run.wall);
  return `${seconds(median(walls))} (${Math.min(...walls).toFixed(1)}–${Math.max(...walls).toFixed(1)})`;
}

function rssCell(runs: readonly Run[]): string {
  return `${megabytes(rssOf(runs))} (max ${megabytes(Math.max(...runs.map((run) => run.peakRss)))})`;
}

function phasesCell(phases: Record<string, number>): string {
  return Object.entries(phases)
    .sort((a, b) => a[1] - b[1])
    .map(([name, at]) => `${name} ${at} s`)
    .join(' → ');
}

/** When the last cold build reached its peak memory, and the milestone it was working towards then. */
function peakCell(run: Run | undefined, phases: Record<string, number>): string {
  const timeline = run?.rssTimeline ?? [];
  if (timeline.length === 0) return 'not recorded';
  const [second, bytes] = timeline.reduce((a, b) => (b[1] > a[1] ? b : a));
  const next = Object.entries(phases)
    .sort((a, b) => a[1] - b[1])
    .find(([, at]) => at >= second);
  return `${megabytes(bytes)} at ${second} s${next ? ` (before "${next[0]}" at ${next[1]} s)` : ''}`;
}

export function formatTable(result: BenchResult): string {
  const { corpus } = result;
  const contention = [...result.ours, ...result.baseline, ...result.check].reduce((sum, run) => sum + run.otherCpu, 0);
  const total = [...result.ours, ...result.baseline, ...result.check].reduce((sum, run) => sum + run.wall, 0);
  return [
    `N = ${count(result.n)} briefings (seed ${result.seed}): ${count(corpus.claims)} claims, ${count(corpus.citations)} citations, ` +
      `${count(corpus.sources)} sources, ${count(Math.round(corpus.bodyWords / corpus.briefings))} words a briefing, ` +
      `${(corpus.bytes / 1e6).toFixed(1)} MB of content; ${result.ours.length} runs each, alternating`,
    '',
    '| | ours: check + Astro + Pagefind | baseline: bare Astro + MDX | ours / baseline |',
    '| --- | ---: | ---: | ---: |',
    `| full build, wall time: median (min–max) | ${timeCell(result.ours)} | ${timeCell(result.baseline)} | ${ratio(wallOf(result.ours), wallOf(result.baseline))} |`,
    `| full build, CPU time (user + system): median | ${seconds(median(result.ours.map((run) => run.cpu)))} | ${seconds(median(result.baseline.map((run) => run.cpu)))} | ${ratio(median(result.ours.map((run) => run.cpu)), median(result.baseline.map((run) => run.cpu)))} |`,
    `| peak RSS of the process tree: median (max) | ${rssCell(result.ours)} | ${rssCell(result.baseline)} | ${ratio(rssOf(result.ours), rssOf(result.baseline))} |`,
    `| HTML pages written | ${count(result.pages.ours)} | ${count(result.pages.baseline)} | ${ratio(result.pages.ours, result.pages.baseline)} |`,
    `| pages per second | ${(result.pages.ours / wallOf(result.ours)).toFixed(1)} | ${(result.pages.baseline / wallOf(result.baseline)).toFixed(1)} | ${ratio(result.pages.ours / wallOf(result.ours), result.pages.baseline / wallOf(result.baseline))} |`,
    `| output folder | ${megabytes(result.outputBytes.ours)} | ${megabytes(result.outputBytes.baseline)} | ${ratio(result.outputBytes.ours, result.outputBytes.baseline)} |`,
    `| rebuild after editing one briefing: median (min–max) | ${timeCell(result.oursRebuild)} | ${timeCell(result.baselineRebuild)} | ${ratio(wallOf(result.oursRebuild), wallOf(result.baselineRebuild))} |`,
    `| rebuild, peak RSS: median (max) | ${rssCell(result.oursRebuild)} | ${rssCell(result.baselineRebuild)} | ${ratio(rssOf(result.oursRebuild), rssOf(result.baselineRebuild))} |`,
    `| \`npm run check\` alone: median (min–max) | ${timeCell(result.check)} | | check / our full build: ${ratio(wallOf(result.check), wallOf(result.ours))} |`,
    `| \`npm run check\` alone, peak RSS: median (max) | ${rssCell(result.check)} | | |`,
    '',
    `Machine: ${result.machine.cpus} CPUs (${result.machine.cpuModel}), ${result.machine.memoryGb} GB; Node ${result.machine.node}, ` +
      `Astro ${result.machine.astro}, @astrojs/mdx ${result.machine.mdx}, Pagefind ${result.machine.pagefind}; ` +
      `commit ${result.machine.commit}${result.machine.changedFiles ? ` with ${result.machine.changedFiles} files changed` : ''}; ${result.date}.`,
    `Check output: ${result.checkSummary}`,
    `Milestones of the last full build, seconds from its start: ours ${phasesCell(result.phases.ours)}; baseline ${phasesCell(result.phases.baseline)}.`,
    `Peak memory of the last cold build: ours ${peakCell(result.ours.at(-1), result.phases.ours)}; baseline ${peakCell(result.baseline.at(-1), result.phases.baseline)}.`,
    `Other processes used ${contention.toFixed(0)} CPU seconds during ${total.toFixed(0)} s of timed builds and checks.`,
  ].join('\n');
}

export interface Target {
  verdict: 'PASS' | 'MISS' | 'n/a';
  target: string;
  measured: string;
}

export function loadResults(folder: string): BenchResult[] {
  return readdirSync(folder)
    .filter((name) => /^bench-\d+-\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as BenchResult);
}

/** The targets of the benchmark issue, judged on whichever results there are (seed 1 preferred). */
export function evaluateTargets(results: readonly BenchResult[]): Target[] {
  const at = (n: number): BenchResult | undefined =>
    results.find((result) => result.n === n && result.seed === 1) ?? results.find((result) => result.n === n);
  const r1000 = at(1000);
  const r5000 = at(5000);
  const judge = (target: string, ok: boolean | undefined, measured: string, missing: string): Target =>
    ok === undefined
      ? { verdict: 'n/a', target, measured: missing }
      : { verdict: ok ? 'PASS' : 'MISS', target, measured };
  const need = (n: number) => `no results at N = ${count(n)} yet: npm run bench -- --n ${n}`;
  const targets: Target[] = [];

  const build1000 = r1000 && wallOf(r1000.ours) / wallOf(r1000.baseline);
  targets.push(
    judge(
      'full build at most 1.3 × the bare baseline at 1,000 briefings',
      build1000 === undefined ? undefined : build1000 <= 1.3,
      r1000
        ? `${build1000!.toFixed(2)} × (${seconds(wallOf(r1000.ours))} against ${seconds(wallOf(r1000.baseline))})`
        : '',
      need(1000),
    ),
  );
  const growth = r1000 && r5000 && wallOf(r5000.ours) / wallOf(r1000.ours);
  targets.push(
    judge(
      'from 1,000 to 5,000 briefings the full build grows no faster than linearly (at most 5 ×)',
      growth === undefined ? undefined : growth <= 5,
      r1000 && r5000
        ? `${growth!.toFixed(2)} × (${seconds(wallOf(r1000.ours))} → ${seconds(wallOf(r5000.ours))}; ` +
            `${((wallOf(r1000.ours) / 1000) * 1000).toFixed(1)} → ${((wallOf(r5000.ours) / 5000) * 1000).toFixed(1)} ms a briefing; baseline ${(wallOf(r5000.baseline) / wallOf(r1000.baseline)).toFixed(2)} ×)`
        : '',
      need(r1000 ? 5000 : 1000),
    ),
  );
  targets.push(
    judge(
      '`npm run check` under 5 s at 1,000 briefings',
      r1000 && wallOf(r1000.check) < 5,
      r1000 ? seconds(wallOf(r1000.check)) : '',
      need(1000),
    ),
  );
  targets.push(
    judge(
      '`npm run check` under a tenth of the full build at 1,000 briefings',
      r1000 && wallOf(r1000.check) < wallOf(r1000.ours) / 10,
      r1000
        ? `${(wallOf(r1000.check) / wallOf(r1000.ours)).toFixed(3)} of it (${seconds(wallOf(r1000.check))} of ${seconds(wallOf(r1000.ours))})`
        : '',
      need(1000),
    ),
  );
  const memory = r5000 && rssOf(r5000.ours) / rssOf(r5000.baseline);
  targets.push(
    judge(
      "peak memory at 5,000 briefings at most 1.2 × the baseline's",
      memory === undefined ? undefined : memory <= 1.2,
      r5000
        ? `${memory!.toFixed(2)} × (${megabytes(rssOf(r5000.ours))} against ${megabytes(rssOf(r5000.baseline))})`
        : '',
      need(5000),
    ),
  );
  const sized = results.filter((result) => result.sizes).sort((a, b) => a.n - b.n);
  const readable = sized.every((result) => result.sizes!.withoutJavaScript.failures.length === 0);
  targets.push(
    judge(
      'a briefing page needs 0 bytes of JavaScript to be read',
      sized.length ? readable : undefined,
      sized
        .map(
          (result) =>
            `N = ${count(result.n)}: ${result.sizes!.withoutJavaScript.failures.length === 0 ? 'reads in full' : `${result.sizes!.withoutJavaScript.failures.length} problems`} with JavaScript off ` +
            `(${result.sizes!.withoutJavaScript.checked.length} pages); ${(result.sizes!.weight.js.gzip.max / 1024).toFixed(1)} KB gzip of optional script`,
        )
        .join('; '),
      need(1000),
    ),
  );
  const heaviest = Math.max(...sized.map((result) => result.sizes!.weight.htmlAndCss.gzip.max));
  targets.push(
    judge(
      'a briefing page at most 30 KB of compressed HTML and CSS (every page, gzip)',
      sized.length ? heaviest <= 30 * 1024 : undefined,
      sized
        .map(
          (result) =>
            `N = ${count(result.n)}: max ${(result.sizes!.weight.htmlAndCss.gzip.max / 1024).toFixed(1)} KB, median ${(result.sizes!.weight.htmlAndCss.gzip.median / 1024).toFixed(1)} KB gzip (brotli max ${(result.sizes!.weight.htmlAndCss.brotli.max / 1024).toFixed(1)} KB)`,
        )
        .join('; '),
      need(1000),
    ),
  );
  const cost = (of: SearchCost): string =>
    `${(of.search.gzip / 1024).toFixed(1)} KB in ${of.search.requests} requests; of which the query itself ${(of.firstQuery.gzip / 1024).toFixed(1)} KB in ${of.firstQuery.requests}`;
  const search = r1000?.sizes?.search;
  targets.push(
    judge(
      'a first search query on 1,000 briefings transfers at most 150 KB (/search/ with filters: all of Pagefind, page load to first results, gzip)',
      search ? search.search.gzip <= 150 * 1024 : undefined,
      search ? cost(search) : '',
      need(1000),
    ),
  );
  const quick = r1000?.sizes?.quickSearch;
  if (quick)
    targets.push(
      judge(
        'the same, typed in the header field of a briefing page (quick results: all of Pagefind from focus to results, gzip)',
        quick.search.gzip <= 150 * 1024,
        cost(quick),
        '',
      ),
    );
  return targets;
}

export function formatTargets(targets: readonly Target[]): string {
  return [
    'Targets',
    '',
    ...targets.map((target) => `${target.verdict.padEnd(4)}  ${target.target}: ${target.measured}`),
  ].join('\n');
}
