import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/support/files.ts';
import { buildEnvironment } from '../support/build-site.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';

/*
 * A rebuild after an edit copies the unchanged pages from the last build (Astro's incremental
 * build, keyed by src/data/cache-keys.ts) and must produce exactly what a cold build of the edited
 * content produces. The sample publication is copied into a project of its own (the project's
 * config, code and public files linked, its content copied), so that its cache and its edits
 * touch nothing else.
 */

const FOLDER = join(TEST_OUTPUT, 'incremental');
const PROJECT = join(FOLDER, 'project');
const CACHE = join(PROJECT, 'node_modules/.astro');

/** `npm run build` of the copied project into `outDir`; returns what it printed. */
function build(outDir: string): string {
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts/build.ts'), '--root', PROJECT, '--outDir', join(FOLDER, outDir)],
    { cwd: PROJECT, encoding: 'utf8', env: buildEnvironment(), timeout: 240_000 },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the build into ${outDir} failed:\n${output}`);
  return output;
}

/** A build with no cache at all: what a fresh checkout builds. */
function coldBuild(outDir: string): string {
  rmSync(CACHE, { recursive: true, force: true });
  return build(outDir);
}

/** Every file of a built site with its bytes. */
function filesOf(outDir: string): Map<string, Buffer> {
  const root = join(FOLDER, outDir);
  return new Map(filesUnder(root).map((file) => [file, readFileSync(join(root, file))] as const));
}

/** The files that differ between two builds, or are in one only. */
function differences(one: string, other: string): string[] {
  const [left, right] = [filesOf(one), filesOf(other)];
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0))).sort();
}

/** Pages the build copied from its cache, by the build's own log, which lists each `(cached)` or `(restored)`. */
/** The lines of a build's log for files copied from the last build rather than rendered. */
function copiedLines(output: string): string[] {
  return output.split('\n').filter((line) => /\((cached|restored)\)\s*$/.test(line));
}

function copiedPages(output: string): number {
  return copiedLines(output).length;
}

/** Whether the build copied this page (a path such as `briefings/<slug>/index.html`) from the last one. */
function copied(output: string, page: string): boolean {
  return copiedLines(output).some((line) => line.includes(`/${page}`));
}

function edit(file: string, from: string, to: string): void {
  const path = join(PROJECT, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} holds the text the test edits`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

let first: string;

beforeAll(() => {
  rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(PROJECT, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'])
    symlinkSync(join(PROJECT_ROOT, name), join(PROJECT, name));
  cpSync(join(PROJECT_ROOT, 'content'), join(PROJECT, 'content'), { recursive: true });
  first = coldBuild('first');
});

describe('a rebuild after an edit', () => {
  it('copies the unchanged pages and renders the edited briefing again', () => {
    edit(
      'content/briefings/bangladesh-central-bank-heist.mdx',
      "A cyber-heist at Bangladesh's central bank is among the thefts",
      'A cyber-heist at the central bank of Bangladesh is among the thefts',
    );
    const rebuilt = build('after-sentence');
    expect(copiedPages(first)).toBe(0);
    expect(copiedPages(rebuilt)).toBeGreaterThan(10);
    expect(copied(rebuilt, 'briefings/bangladesh-central-bank-heist/index.html')).toBe(false);
    expect(
      readFileSync(join(FOLDER, 'after-sentence/briefings/bangladesh-central-bank-heist/index.html'), 'utf8'),
    ).toContain('the central bank of Bangladesh');
  });

  it('renders again every page that shows an edited source', () => {
    edit(
      'content/sources/reuters-un-report-leak.yaml',
      'title: Reuters report on the leaked UN Panel',
      'title: Reuters story on the leaked UN Panel',
    );
    const rebuilt = build('after-source');
    // The briefing that cites it and the source's own page are rendered; one citing neither is copied.
    expect(copied(rebuilt, 'briefings/lazarus-exchange-thefts/index.html')).toBe(true);
    expect(copied(rebuilt, 'briefings/dprk-denies-un-cyber-theft-estimate/index.html')).toBe(false);
    expect(copied(rebuilt, 'sources/reuters-un-report-leak/index.html')).toBe(false);
    const briefing = readFileSync(
      join(FOLDER, 'after-source/briefings/dprk-denies-un-cyber-theft-estimate/index.html'),
      'utf8',
    );
    expect(briefing).toContain('Reuters story on the leaked UN Panel');
  });

  it('leaves, after both edits, exactly the site a cold build of the edited content makes, byte for byte', () => {
    // A page left stale by either rebuild would still be stale here: the second rebuild copies
    // every page the source edit does not touch from the first.
    coldBuild('cold-after-both');
    expect(differences('after-source', 'cold-after-both')).toEqual([]);
  });
});
