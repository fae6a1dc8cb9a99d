import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT } from '../support/paths.ts';
import { RebuildProject } from '../support/rebuild-project.ts';

/*
 * A rebuild indexes only the search bundles whose pages changed and copies the others from the
 * last build in the same output folder; the site it leaves is, byte for byte, a cold build's.
 * The sample publication is split into two bundles, as a publication of over 5,000 pages is.
 */

let project: RebuildProject;
const SPLIT = ['--search-bundles', '2'];

/** What the build said of its search index. */
function searchLine(output: string): string {
  return /search index written: (.*)/.exec(output)?.[1] ?? output;
}

beforeAll(() => {
  project = new RebuildProject(join(TEST_OUTPUT, 'search-bundle-reuse'));
});

describe('a rebuild of a site whose search index is in bundles', () => {
  it('indexes the bundles of changed pages only, copies the rest, and leaves what a cold build leaves', () => {
    expect(searchLine(project.coldBuild('dist', SPLIT))).toMatch(/^\d+ pages in 2 bundles$/);
    expect(searchLine(project.build('dist', SPLIT))).toMatch(
      /^\d+ pages in 2 bundles \(all unchanged, copied from the last build\)$/,
    );

    project.edit(
      'content/briefings/bangladesh-central-bank-heist.mdx',
      "A cyber-heist at Bangladesh's central bank is among the thefts",
      'A cyber-heist at the central bank of Bangladesh is among the thefts',
    );
    expect(searchLine(project.build('dist', SPLIT))).toMatch(
      /^\d+ pages in 2 bundles \(1 unchanged, copied from the last build\)$/,
    );
    const rebuilt = project.filesOf('dist');

    project.coldBuild('cold', SPLIT);
    const cold = project.filesOf('cold');
    expect([...rebuilt.keys()].sort()).toEqual([...cold.keys()].sort());
    expect([...rebuilt].filter(([file, bytes]) => !bytes.equals(cold.get(file)!)).map(([file]) => file)).toEqual([]);
  });

  it('indexes a bundle again when the last build’s copy of it was changed since', () => {
    // The record now names the cold build's folder: this build indexes both bundles for dist/.
    expect(searchLine(project.build('dist', SPLIT))).toMatch(/^\d+ pages in 2 bundles$/);
    // One file of the second bundle in dist/ damaged: that bundle may not be copied, whatever the
    // record says, and the first still is.
    const folder = join(project.folder, 'dist', 'pagefind-2');
    const file = readdirSync(folder).find((name) => name.endsWith('.pf_meta'));
    expect(file).toBeDefined();
    writeFileSync(join(folder, file!), 'damaged');
    expect(searchLine(project.build('dist', SPLIT))).toMatch(
      /^\d+ pages in 2 bundles \(1 unchanged, copied from the last build\)$/,
    );
    expect(project.differences('dist', 'cold')).toEqual([]);
  });
});
