import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FOLDER, checkWithCacheAt, digestProject } from '../../src/checker/check-cache-fs.ts';
import { checkProjectAt } from '../../src/checker/check-project-fs.ts';
import { CHECKER_CODE } from '../../src/checker/code-fingerprint-fs.ts';
import type { CheckOptions } from '../../src/checker/options.ts';
import { openProjectFiles } from '../../src/checker/project-files-fs.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';

const TODAY = '2026-11-25';
const CACHE_FILE = (root: string) => join(root, CACHE_FOLDER, 'check.json');

/** The sample publication and the reader fixture's content in one small library. */
async function makeProject(name: string): Promise<string> {
  const root = join(TEST_OUTPUT, 'check-cache', name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  await cp(join(PROJECT_ROOT, 'tests/fixtures/sites/reader/content'), join(root, 'content'), { recursive: true });
  return root;
}

interface Settings {
  today?: string;
  options?: CheckOptions;
}

/**
 * Checks the project through the cache and afresh, and expects the same report; returns what the
 * cached check says it reused.
 */
async function expectSameAsFullCheck(
  root: string,
  { today = TODAY, options = {} }: Settings = {},
  clock?: () => bigint,
) {
  const full = await checkProjectAt(root, { today, options });
  const cached = await checkWithCacheAt(root, { today, options }, clock);
  expect(cached.result.diagnostics).toEqual(full.diagnostics);
  expect(cached.result.errorCount).toBe(full.errorCount);
  expect(cached.result.warningCount).toBe(full.warningCount);
  expect(cached.result.fileCount).toBe(full.fileCount);
  return { ...cached, full };
}

async function edit(root: string, path: string, change: (text: string) => string): Promise<void> {
  const file = join(root, path);
  const before = await readFile(file, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${path} changes it`).not.toBe(before);
  await writeFile(file, after);
}

describe('the check cache', () => {
  let root = '';
  beforeEach(async (context) => {
    root = await makeProject(context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60));
    // The first check fills the cache; each test then changes something.
    await expectSameAsFullCheck(root);
  });

  it('reuses every file on a second check when nothing changed, and says so', async () => {
    const again = await expectSameAsFullCheck(root);
    expect(again.checked).toBe(0);
    expect(again.reused).toBe(again.result.fileCount);
  });

  it('re-checks only a briefing edited to introduce an error, and reports it', async () => {
    await edit(root, 'content/briefings/bangladesh-central-bank-heist.mdx', (text) =>
      text.replace('status: unverified', 'status: confirmed'),
    );
    const edited = await expectSameAsFullCheck(root);
    expect(edited.result.errorCount).toBeGreaterThan(0);
    expect(edited.checked).toBe(1);
  });

  it('drops the error once the briefing is mended', async () => {
    const path = 'content/briefings/bangladesh-central-bank-heist.mdx';
    const original = await readFile(join(root, path), 'utf8');
    await edit(root, path, (text) =>
      text.replace('source: group-ib-lazarus-exchange-thefts', 'source: group-ib-lazarus'),
    );
    const broken = await expectSameAsFullCheck(root);
    expect(broken.result.diagnostics.map((d) => d.rule)).toContain('unknown-source');
    await writeFile(join(root, path), original);
    const mended = await expectSameAsFullCheck(root);
    expect(mended.result.diagnostics.map((d) => d.rule)).not.toContain('unknown-source');
  });

  it('re-checks the briefings citing a source that was edited', async () => {
    await edit(root, 'content/sources/group-ib-lazarus-exchange-thefts.yaml', (text) =>
      text.replace(/^publisher: .*$/m, 'publisher: SC Media UK'),
    );
    const edited = await expectSameAsFullCheck(root);
    // The source, and the two briefings that cite it.
    expect(edited.checked).toBe(3);
  });

  it('re-checks the briefings quoting a snapshot that was edited, and its source', async () => {
    await edit(root, 'content/snapshots/sc-media-uk-dprk-denial.txt', (text) => text.replace('Lazarus', 'Lazaros'));
    const edited = await expectSameAsFullCheck(root);
    expect(edited.result.diagnostics.map((d) => d.rule)).toEqual(
      expect.arrayContaining(['quote-mismatch', 'snapshot-changed']),
    );
  });

  it('follows files added and deleted', async () => {
    await writeFile(
      join(root, 'content/sources/group-ib-lazarus.yaml'),
      'title: Lazarus\npublisher: Group-IB\nkind: news-report\n',
    );
    await expectSameAsFullCheck(root);
    await rm(join(root, 'content/sources/group-ib-lazarus-exchange-thefts.yaml'));
    const deleted = await expectSameAsFullCheck(root);
    expect(deleted.result.diagnostics.map((d) => d.message).join('\n')).toContain('did you mean "group-ib-lazarus"?');
    await rm(join(root, 'content/briefings/lazarus-exchange-thefts.mdx'));
    await expectSameAsFullCheck(root);
  });

  it('tells a citation of an unknown id about a source added with a name near it', async () => {
    await edit(root, 'content/briefings/crowded-claims.mdx', (text) =>
      text.replace('source: wire-story', 'source: wire-tale'),
    );
    const unknown = await expectSameAsFullCheck(root);
    expect(unknown.result.diagnostics.map((d) => d.message).join('\n')).toContain('"wire-tale" does not exist; add');
    await writeFile(
      join(root, 'content/sources/wire-tales.yaml'),
      'title: Tales\npublisher: Wire\nkind: news-report\n',
    );
    const suggested = await expectSameAsFullCheck(root);
    expect(suggested.result.diagnostics.map((d) => d.message).join('\n')).toContain('did you mean "wire-tales"?');
  });

  it.each([
    ['source', 'content/sources/wire-story.yaml', 'content/sources/Wire-Story.yaml'],
    ['briefing', 'content/briefings/draft-only.mdx', 'content/briefings/Draft-Only.mdx'],
  ])('tells a badly named %s again whether the name it should have is taken', async (_kind, good, bad) => {
    await writeFile(join(root, bad), await readFile(join(root, good)));
    const taken = await expectSameAsFullCheck(root);
    expect(taken.result.diagnostics.map((d) => d.message).join('\n')).toContain(
      'already exists and differs only in case',
    );
    await rm(join(root, good));
    const free = await expectSameAsFullCheck(root);
    expect(free.result.diagnostics.map((d) => d.message).join('\n')).not.toContain('already exists');
  });

  it('checks everything again when the options change', async () => {
    const stricter = await expectSameAsFullCheck(root, { options: { rules: { 'archive-missing': 'error' } } });
    expect(stricter.reused).toBe(0);
    const off = await expectSameAsFullCheck(root, { options: { rules: { 'quote-mismatch': 'off' }, safeMode: false } });
    expect(off.reused).toBe(0);
  });

  it('checks everything again on another day, as dates may have reached the future', async () => {
    const past = await expectSameAsFullCheck(root, { today: '2026-11-21' });
    expect(past.reused).toBe(0);
    expect(past.result.diagnostics.map((d) => d.rule)).toContain('date-order');
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['emptied', () => ''],
    ['not JSON', () => 'corroborate check cache 1 abc\n{{{{'],
    ['altered after it was written', (text: string) => text.replace('"error"', '"warning"').replace('[]', '[1]')],
    ['of another format', (text: string) => text.replace(/^corroborate check cache 1 /, 'corroborate check cache 0 ')],
  ])('ignores a cache file %s, and checks afresh', async (_name, damage) => {
    await edit(root, 'content/briefings/bangladesh-central-bank-heist.mdx', (text) =>
      text.replace('status: unverified', 'status: confirmed'),
    );
    await expectSameAsFullCheck(root);
    await writeFile(CACHE_FILE(root), damage(await readFile(CACHE_FILE(root), 'utf8')));
    const after = await expectSameAsFullCheck(root);
    expect(after.reused).toBe(0);
    expect((await expectSameAsFullCheck(root)).checked, 'the damaged cache was replaced').toBe(0);
  });
});

/** A clock an hour ahead, by which every file written so far has settled, so its status is trusted. */
const anHourAhead = () => (BigInt(Date.now()) + 3_600_000n) * 1_000_000n;

describe("the files' status on disk", () => {
  it('spares reading a settled file whose status is unchanged, and reads one edited even to the same size', async () => {
    const root = await makeProject('stamps');
    const ahead = anHourAhead();
    const first = digestProject(await openProjectFiles(root, TODAY), undefined, ahead);
    expect(first.stamps.size).toBe(first.digests.size);
    // A cache whose digests were not taken from the files: where they survive, nothing was read.
    const planted = {
      key: '',
      files: new Map(),
      stamps: first.stamps,
      inputs: new Map([...first.digests.keys()].map((key) => [key, 'planted'])),
    };
    const path = 'content/briefings/draft-only.mdx';
    await edit(root, path, (text) => text.replace('a', 'b'));
    const second = digestProject(await openProjectFiles(root, TODAY), planted, ahead);
    const read = [...second.digests].filter(([, digest]) => digest !== 'planted').map(([key]) => key);
    expect(read).toEqual([path]);
  });

  it('reads again, whatever its status, a file that changed moments before the check', async () => {
    const root = await makeProject('stamps-fresh');
    const now = BigInt(Date.now()) * 1_000_000n;
    const { stamps, digests } = digestProject(await openProjectFiles(root, TODAY), undefined, now);
    expect(digests.size).toBeGreaterThan(0);
    expect(stamps.size).toBe(0);
  });
});

/** A seeded random number generator (mulberry32), so a failing sequence of edits can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function listContent(root: string): Promise<string[]> {
  const entries = await readdir(join(root, 'content'), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

type Edit = (root: string, pick: <T>(items: readonly T[]) => T) => Promise<string>;

/** Edits an editor might make, each a step that may break or mend something another file depends on. */
const EDITS: Edit[] = [
  async (root, pick) => {
    const path = pick((await listContent(root)).filter((file) => /\.(mdx|yaml|txt)$/.test(file)));
    const text = await readFile(join(root, path), 'utf8');
    const words = [...text.matchAll(/[A-Za-z]{4,}/g)];
    if (words.length === 0) return `left ${path} alone`;
    const word = pick(words);
    const changed = `${text.slice(0, word.index)}${word[0].toUpperCase()}${text.slice(word.index + word[0].length)}`;
    await writeFile(join(root, path), changed);
    return `changed the word "${word[0]}" in ${path}`;
  },
  async (root, pick) => {
    const path = pick((await listContent(root)).filter((file) => file.endsWith('.mdx')));
    const text = await readFile(join(root, path), 'utf8');
    const ids = [...text.matchAll(/(source|via): ([a-z0-9-]+)/g)];
    if (ids.length === 0) return `left ${path} alone`;
    const cited = pick(ids);
    const id = cited[2]!;
    const other = pick([`${id}x`, id.slice(0, -2), 'wire-story', 'sc-media-uk-dprk-denial', 'new-source']);
    await writeFile(join(root, path), text.replace(cited[0], `${cited[1]}: ${other}`));
    return `cited ${other} instead of ${id} in ${path}`;
  },
  async (root, pick) => {
    const path = pick((await listContent(root)).filter((file) => file.endsWith('.mdx')));
    const text = await readFile(join(root, path), 'utf8');
    const status = pick(['confirmed', 'reported', 'disputed', 'denied', 'false']);
    await writeFile(join(root, path), text.replace(/status: [a-z]+/, `status: ${status}`));
    return `set a status to ${status} in ${path}`;
  },
  async (root, pick) => {
    const path = pick((await listContent(root)).filter((file) => file.endsWith('.yaml')));
    const text = await readFile(join(root, path), 'utf8');
    const line = pick([
      'publisher: SC Media UK',
      'publisher: Wire Service',
      'published: 2026-12-31',
      'published: 2019-01-01',
      'snapshot: wire-story.txt',
      'snapshot: missing.txt',
      'language: ko',
    ]);
    const key = line.slice(0, line.indexOf(':'));
    const pattern = new RegExp(`^${key}: .*$`, 'm');
    await writeFile(join(root, path), pattern.test(text) ? text.replace(pattern, line) : `${text}${line}\n`);
    return `wrote "${line}" in ${path}`;
  },
  async (root, pick) => {
    const path = pick((await listContent(root)).filter((file) => file.endsWith('.mdx')));
    const text = await readFile(join(root, path), 'utf8');
    await writeFile(join(root, path), text.replace('claims:', 'claims: [unclosed'));
    return `broke the frontmatter of ${path}`;
  },
  async (root, pick) => {
    const files = await listContent(root);
    const from = pick(files.filter((file) => /\.(mdx|yaml|txt)$/.test(file)));
    const folder = dirname(from);
    const name = pick(['new-source.yaml', 'New-Source.yaml', 'copy.mdx', 'notes.md', 'sub/nested.yaml', 'wire.txt']);
    const to = `${folder}/${name}`;
    await mkdir(dirname(join(root, to)), { recursive: true });
    await writeFile(join(root, to), await readFile(join(root, from)));
    return `copied ${from} to ${to}`;
  },
  async (root, pick) => {
    const path = pick((await listContent(root)).filter((file) => file.endsWith('.mdx') || file.endsWith('.yaml')));
    const name = path.slice(path.lastIndexOf('/') + 1);
    const to = `${dirname(path)}/${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    await writeFile(join(root, to), await readFile(join(root, path)));
    return `copied ${path} to ${to}, a name that differs only in case`;
  },
  async (root, pick) => {
    const briefing = pick((await listContent(root)).filter((file) => file.endsWith('.mdx')));
    const ids = [...(await readFile(join(root, briefing), 'utf8')).matchAll(/(?:source|via): ([a-z0-9-]+)/g)];
    if (ids.length === 0) return `left ${briefing} alone`;
    const id = pick(ids)[1]!;
    const near = pick([`${id}s`, id.slice(0, -1), `${id}-2`]);
    await writeFile(join(root, `content/sources/${near}.yaml`), `title: Near\npublisher: Near\nkind: news-report\n`);
    return `added the source ${near}, near ${id}`;
  },
  async (root, pick) => {
    const path = pick(await listContent(root));
    await rm(join(root, path));
    return `deleted ${path}`;
  },
  async (root, pick) => {
    const path = pick((await listContent(root)).filter((file) => /\.(mdx|yaml|txt)$/.test(file)));
    const target = join(root, `${path}.link-target`);
    await writeFile(target, await readFile(join(root, path)));
    await rm(join(root, path));
    await symlink(target, join(root, path));
    return `replaced ${path} with a symbolic link`;
  },
  async (root, pick) => {
    const path = pick((await listContent(root)).filter((file) => file.endsWith('.mdx') || file.endsWith('.yaml')));
    await writeFile(join(root, path), Buffer.concat([await readFile(join(root, path)), Buffer.from([0xff, 0x0a])]));
    return `wrote a byte that is not UTF-8 into ${path}`;
  },
];

describe('the check cache under random edits', () => {
  // Each step edits the library as an editor might, or restores it, and sometimes checks another
  // day or with other options; the cached check must report exactly what a full check reports.
  // Files just written are read again whatever their status; with the clock an hour ahead, the
  // cache instead trusts every unchanged status and reads only files whose status changed.
  it.each([
    ['reading every file just written', undefined],
    ['reading only files whose status changed', anHourAhead],
  ])('reports what a full check reports after every edit, %s', { timeout: 240_000 }, async (name, clock) => {
    const random = seeded(20261125);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const root = await makeProject(`random-edits-${clock ? 'settled' : 'fresh'}`);
    const pristine = join(TEST_OUTPUT, 'check-cache', `random-edits-${clock ? 'settled' : 'fresh'}-pristine`);
    await rm(pristine, { recursive: true, force: true });
    await cp(join(root, 'content'), pristine, { recursive: true });
    const steps: string[] = [];
    let reused = 0;
    for (let step = 0; step < 60; step++) {
      if (random() < 0.1) {
        await rm(join(root, 'content'), { recursive: true, force: true });
        await cp(pristine, join(root, 'content'), { recursive: true });
        steps.push('restored the library');
      } else {
        steps.push(await pick(EDITS)(root, pick));
      }
      const settings: Settings = {
        today: random() < 0.05 ? '2026-12-10' : TODAY,
        options: random() < 0.05 ? { rules: { 'unused-source': 'error' } } : {},
      };
      try {
        reused += (await expectSameAsFullCheck(root, settings, clock)).reused;
      } catch (error) {
        throw new Error(`${name}, after these edits:\n${steps.join('\n')}`, { cause: error });
      }
    }
    expect(reused, 'the cache was used at all').toBeGreaterThan(0);
  });
});

describe('npm run check and the cache', () => {
  const run = (root: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root, '--today', TODAY, ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints the same report with the cache as with --no-cache, which neither reads nor writes it', async () => {
    const root = await makeProject('cli');
    const fresh = run(root, '--no-cache');
    expect(existsSync(CACHE_FILE(root)), '--no-cache writes no cache').toBe(false);
    expect(run(root)).toEqual(fresh);
    expect(existsSync(CACHE_FILE(root))).toBe(true);
    await edit(root, 'content/briefings/bangladesh-central-bank-heist.mdx', (text) =>
      text.replace('status: unverified', 'status: confirmed'),
    );
    const broken = run(root, '--no-cache', '--format', 'json');
    expect(broken.status).toBe(1);
    expect(run(root, '--format', 'json')).toEqual(broken);
  });

  it('is named in the usage', () => {
    expect(run(PROJECT_ROOT, '--help').stdout).toContain('--no-cache');
  });
});

describe("the cache's key", () => {
  // The fingerprint hashes these folders; code the checker imports from elsewhere could change a
  // result without changing the key.
  it("covers all the checker's own code: it imports nothing outside the fingerprinted folders", () => {
    const allowed = CHECKER_CODE.map((folder) => resolve(PROJECT_ROOT, folder));
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      expect(
        allowed.some((folder) => file.startsWith(`${folder}/`)),
        `${relative(PROJECT_ROOT, file)} is imported by the checker`,
      ).toBe(true);
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)) {
        visit(resolve(dirname(file), specifier!));
      }
    };
    const checker = join(PROJECT_ROOT, 'src/checker');
    for (const name of readdirSync(checker)) {
      if (name.endsWith('.ts') && !name.endsWith('-fs.ts')) visit(join(checker, name));
    }
    expect(seen.size).toBeGreaterThan(50);
  });
});
