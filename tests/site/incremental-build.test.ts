import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT } from '../support/paths.ts';
import { RebuildProject } from '../support/rebuild-project.ts';

/*
 * A rebuild after an edit copies the unchanged pages from the last build (Astro's incremental
 * build, keyed by src/data/cache-keys.ts) and must produce exactly what a cold build of the edited
 * content produces, on a copy of the sample publication (`RebuildProject`).
 */

let project: RebuildProject;
const FOLDER = join(TEST_OUTPUT, 'incremental');
const build = (outDir: string) => project.build(outDir);
const coldBuild = (outDir: string) => project.coldBuild(outDir);
const differences = (one: string, other: string) => project.differences(one, other);
const edit = (file: string, from: string, to: string) => {
  project.edit(file, from, to);
};

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

let first: string;

/** The sample's one snapshot, which the test edits by hand: a capture's hash would forbid that. */
const SNAPSHOT_SOURCE = 'content/sources/sc-media-uk-dprk-denial.yaml';

beforeAll(() => {
  project = new RebuildProject(FOLDER);
  const source = readFileSync(join(project.root, SNAPSHOT_SOURCE), 'utf8');
  const capture = /^capture:\n(?: {2}.*\n)+/m.exec(source)?.[0];
  if (capture === undefined) throw new Error(`${SNAPSHOT_SOURCE} no longer records a capture`);
  edit(SNAPSHOT_SOURCE, capture, '');
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

  it('renders again every export that anchors a quote in an edited snapshot', () => {
    // The words just after a quote are its selector's suffix in the briefing's evidence pack.
    edit(
      'content/snapshots/sc-media-uk-dprk-denial.txt',
      'cyber-heist at the Bangladesh central bank.',
      'cyber-heist at the Bangladesh central bank. Nobody was charged.',
    );
    const rebuilt = build('after-snapshot');
    expect(copied(rebuilt, 'briefings/bangladesh-central-bank-heist.json')).toBe(false);
    const pack = readFileSync(join(FOLDER, 'after-snapshot/briefings/bangladesh-central-bank-heist.json'), 'utf8');
    expect(pack).toContain('Nobody was charged');
  });

  it('leaves, after all the edits, exactly the site a cold build of the edited content makes, byte for byte', () => {
    // A page left stale by any rebuild would still be stale here: each rebuild copies every page
    // its edit does not touch from the one before.
    coldBuild('cold-after-all');
    expect(differences('after-snapshot', 'cold-after-all')).toEqual([]);
  });
});
