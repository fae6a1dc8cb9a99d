import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { contentLoader } from '../../src/integration/content-loader.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

/*
 * The briefings' loader as `astro dev` drives it: the server's start reads every file, and each
 * save reads that file again. What it stores is what every page is rendered from, and any change
 * to the store makes Astro rewrite it and reload it whole for every page.
 */

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const BRIEFING = 'lazarus-exchange-thefts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
}

/** The loader started on a copy of the sample publication, with a store and a watcher it can be watched through. */
async function startedLoader(
  parse: (data: Record<string, unknown>) => Promise<Record<string, unknown>> = (data) => Promise.resolve(data),
) {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-loader-'));
  roots.push(root);
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
  const entries = new Map<string, Entry>();
  const sets: string[] = [];
  const watcher = new EventEmitter();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => {
        sets.push(entry.id);
        entries.set(entry.id, entry);
        return true;
      },
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
    logger: { warn: () => {}, info: () => {} },
    watcher,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    parseData: ({ data }: { data: Record<string, unknown> }) => parse(data),
  } as unknown as LoaderContext;
  await contentLoader('briefings').load(context);
  const file = join(root, 'content/briefings', `${BRIEFING}.mdx`);
  /** Saves `text` and lets the loader read it, as a save in the dev server does. */
  const save = async (text: string) => {
    writeFileSync(file, text);
    watcher.emit('change', file);
    await new Promise((resolve) => setTimeout(resolve, 50));
  };
  return { entries, sets, file, watcher, save, text: readFileSync(file, 'utf8') };
}

describe('the briefings loader in astro dev', () => {
  it('stores every briefing at the start, each read once', async () => {
    const { entries, sets } = await startedLoader();
    expect(entries.has(BRIEFING)).toBe(true);
    expect(sets.length).toBe(entries.size);
    expect(entries.get(BRIEFING)?.filePath).toBe(`content/briefings/${BRIEFING}.mdx`);
  });

  it('leaves the store untouched by a save that changes only prose, and stores every other change', async () => {
    const { entries, sets, save, text } = await startedLoader();
    const before = entries.get(BRIEFING);
    sets.length = 0;

    await save(`${text}\nA sentence of prose added at the end.\n`);
    expect(sets).toEqual([]);
    expect(entries.get(BRIEFING)).toBe(before);

    // The title is in the frontmatter: stored.
    await save(text.replace(/^title: (.*)$/m, 'title: $1, retitled'));
    expect(sets).toEqual([BRIEFING]);
    expect(String(entries.get(BRIEFING)?.data['title'])).toMatch(/, retitled$/);

    // Back as it was, then a claim's mark taken out of the prose: the claims' order is stored.
    await save(text);
    const order = entries.get(BRIEFING)?.data['claimOrder'] as string[];
    const marked = /<Claim id="([^"]+)">/.exec(text);
    expect(marked).not.toBeNull();
    sets.length = 0;
    await save(text.replace(marked![0], '<span>'));
    expect(sets).toEqual([BRIEFING]);
    expect(entries.get(BRIEFING)?.data['claimOrder']).not.toEqual(order);
  });

  it('keeps the newest of two saves whose readings overlap, whichever finishes last', async () => {
    // The first save's data takes longer to validate than the second's.
    const { entries, file, watcher, text } = await startedLoader(async (data) => {
      if (String(data['title']).endsWith('first save')) await new Promise((resolve) => setTimeout(resolve, 30));
      return data;
    });
    for (const save of ['first save', 'second save']) {
      writeFileSync(file, text.replace(/^title: (.*)$/m, `title: $1, ${save}`));
      watcher.emit('change', file);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(String(entries.get(BRIEFING)?.data['title'])).toMatch(/, second save$/);
  });
});
