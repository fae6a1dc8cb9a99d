/**
 * `npm run bench:profile -- <file.cpuprofile>...`: where a V8 CPU profile (`node --cpu-prof`) spent
 * its time: self time by package and by function, and total time (self and callees) by function.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './paths.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileRow {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  packages: ProfileRow[];
  selfByFunction: ProfileRow[];
  totalByFunction: ProfileRow[];
}

/** Which package or part of the program a script belongs to: `astro`, `@astrojs/mdx`, `project src/checker`, `node`. */
export function packageOf(url: string): string {
  if (url === '') return '(native / VM)';
  if (url.startsWith('node:')) return 'node (built-in)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const path = decodeURIComponent(url.replace(/^file:\/\//, ''));
  if (path.startsWith(REPO_ROOT)) {
    const inside = path.slice(REPO_ROOT.length).split('/');
    return `project ${inside.slice(0, inside[0] === 'src' ? 2 : 1).join('/')}`;
  }
  return path;
}

function functionKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (url === '') return functionName || '(anonymous)';
  const where = url.includes('node_modules/')
    ? url.slice(url.lastIndexOf('node_modules/') + 13)
    : url.replace(`file://${REPO_ROOT}`, '');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
}

function top(map: Map<string, number>, total: number, count: number): ProfileRow[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
}

export function summariseProfile(file: string, count = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const packages = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, micros: number): void => {
    map.set(key, (map.get(key) ?? 0) + micros);
  };
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += micros;
    add(packages, packageOf(node.callFrame.url), micros);
    add(self, functionKey(node), micros);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = functionKey(byId.get(at)!);
      if (key === '(root)' || seen.has(key)) continue;
      seen.add(key);
      add(inclusive, key, micros);
    }
  });
  return {
    file,
    totalMs: total / 1000,
    packages: top(packages, total, count),
    selfByFunction: top(self, total, count),
    totalByFunction: top(inclusive, total, count),
  };
}

export function formatProfile(summary: ProfileSummary): string {
  const rows = (title: string, list: ProfileRow[]): string =>
    [
      `| ${title} | ms | share |`,
      '| --- | ---: | ---: |',
      ...list.map(
        (row) => `| \`${row.name.replaceAll('|', '\\|')}\` | ${row.ms.toFixed(0)} | ${(row.share * 100).toFixed(1)}% |`,
      ),
    ].join('\n');
  return [
    `Profile ${basename(summary.file)}: ${(summary.totalMs / 1000).toFixed(2)} s of samples, idle excluded (one thread).`,
    '',
    rows('self time by package', summary.packages),
    '',
    rows('self time by function', summary.selfByFunction),
    '',
    rows('total time by function (self and callees)', summary.totalByFunction),
  ].join('\n');
}

if (import.meta.main) {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '15' } },
  });
  for (const file of positionals)
    process.stdout.write(`${formatProfile(summariseProfile(file, Number(values.top)))}\n\n`);
}
