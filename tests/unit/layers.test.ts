import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import { LAYERS } from '../../scripts/lint/layers.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/** Files planted in src/ for one test and removed after it, whatever happens. */
const planted: string[] = [];

async function plant(path: string, text: string): Promise<string> {
  const file = join(PROJECT_ROOT, path);
  planted.push(file);
  await writeFile(file, text);
  return file;
}

/** What `npm run lint` says of a file with the project's own ESLint config, the layers rule only. */
async function lintLayers(file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: PROJECT_ROOT, ruleFilter: ({ ruleId }) => ruleId === 'corroborate/layers' });
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((message) => `${message.line}: ${message.ruleId ?? ''} ${message.message}`);
}

afterEach(async () => {
  await Promise.all(planted.splice(0).map((file) => rm(file, { force: true })));
});

describe('the layers lint rule', () => {
  it(
    'fails a pure module that imports Node, Astro, a disk-reading module, or a layer above it',
    { timeout: 60_000 },
    async () => {
      const file = await plant(
        'src/lib/planted-layer-violation.ts',
        [
          "import { readFileSync } from 'node:fs';",
          "import { getCollection } from 'astro:content';",
          "import { readProjectFiles } from '../checker/project-files-fs.ts';",
          "import { checkProject } from '../checker/check-project.ts';",
          'export const planted = [readFileSync, getCollection, readProjectFiles, checkProject];',
          '',
        ].join('\n'),
      );
      const messages = await lintLayers(file);
      expect(messages).toEqual([
        expect.stringMatching(/^1: corroborate\/layers src\/lib\/ is pure, so it cannot import "node:fs"/),
        expect.stringMatching(/^2: corroborate\/layers src\/lib\/ is pure, so it cannot import "astro:content"/),
        expect.stringMatching(
          /^3: corroborate\/layers src\/lib\/ is pure, so it cannot import the disk-reading module/,
        ),
        expect.stringMatching(
          /^4: corroborate\/layers src\/lib\/ cannot import from src\/checker\/ .*imports flow one way/,
        ),
      ]);
    },
  );

  it(
    'lets a *-fs.ts module of the checker read the disk, and a layer import the ones below it',
    { timeout: 60_000 },
    async () => {
      const file = await plant(
        'src/checker/planted-layer-fs.ts',
        [
          "import { readFileSync } from 'node:fs';",
          "import { claimAnchor } from '../lib/anchors.ts';",
          'export const planted = [readFileSync, claimAnchor];',
          '',
        ].join('\n'),
      );
      expect(await lintLayers(file)).toEqual([]);
    },
  );
});

describe('the layout of src/', () => {
  it('gives every folder a place in the layers and a row in ARCHITECTURE.md, so none grows unplaced', async () => {
    const folders = (await readdir(join(PROJECT_ROOT, 'src'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const architecture = await readFile(join(PROJECT_ROOT, 'ARCHITECTURE.md'), 'utf8');
    // Style sheets import nothing, so the lint rule has nothing to order; they still need their row.
    expect(folders.filter((folder) => folder !== 'styles' && !(folder in LAYERS))).toEqual([]);
    expect(folders.filter((folder) => !architecture.includes(`\`src/${folder}/`))).toEqual([]);
  });

  it('keeps the checker, the site and the publishing outputs apart: no page, layout or component imports the checker', () => {
    for (const site of ['pages', 'layouts', 'components', 'lib', 'data', 'client', 'outputs'])
      expect(LAYERS[site], site).not.toContain('checker');
  });
});
