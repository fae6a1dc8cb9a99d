import { describe, expect, it } from 'vitest';
import {
  inShard,
  mergedSearchBundles,
  PAGES_PER_SEARCH_BUNDLE,
  parseShard,
  searchBundle,
  parseSearchBundles,
  searchBundleCount,
  searchBundlesOf,
  shardOf,
} from '../../src/lib/shard.ts';

describe('shards', () => {
  it('reads K/N as typed after --shard, and refuses what is not a shard in words an editor can act on', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    for (const typed of ['0/2', '3/2', '2', '1/0', 'one/two', '1/2/3', '-1/2'])
      expect(parseShard(typed), typed).toEqual({
        problem: `--shard ${JSON.stringify(typed)} is not a shard; expected K/N with 1 ≤ K ≤ N, such as --shard 2/4 for the second of four`,
      });
  });

  it('gives each page one shard, the same on every machine, whatever else the publication holds', () => {
    // Pinned: a change to the hash would move pages between the machines of a published sharded site.
    expect(shardOf('briefing', 'lazarus-exchange-thefts', 2)).toBe(1);
    expect(shardOf('briefing', 'bangladesh-central-bank-heist', 2)).toBe(2);
    expect(shardOf('briefing', 'lazarus-exchange-thefts', 7)).toBe(7);
    expect(shardOf('briefing', 'dprk-denies-un-cyber-theft-estimate', 7)).toBe(6);
    const ids = Array.from({ length: 2000 }, (_, index) => `briefing-${String(index)}`);
    for (const count of [2, 3, 8]) {
      const sizes = new Map<number, number>();
      for (const id of ids) {
        const owners = Array.from({ length: count }, (_, offset) => offset + 1).filter((index) =>
          inShard({ index, count }, 'briefing', id),
        );
        expect(owners, id).toHaveLength(1);
        sizes.set(owners[0]!, (sizes.get(owners[0]!) ?? 0) + 1);
      }
      // Shares within a fifth of even, so no machine gets a much larger part.
      for (const size of sizes.values())
        expect(Math.abs(size - ids.length / count)).toBeLessThan(ids.length / count / 5);
      expect(sizes.size).toBe(count);
    }
    // Unsharded, every page is built.
    expect(ids.every((id) => inShard({ index: 1, count: 1 }, 'briefing', id))).toBe(true);
  });

  it('keeps a source and a briefing of the same id apart: the kind is part of the key', () => {
    const kinds = ['briefing', 'source', 'topic'] as const;
    const spread = Array.from({ length: 50 }, (_, index) => `item-${String(index)}`).filter(
      (id) => new Set(kinds.map((kind) => shardOf(kind, id, 4))).size > 1,
    );
    expect(spread.length).toBeGreaterThan(25);
  });

  it('names one search bundle per shard, the first where an unsharded site has it', () => {
    expect(searchBundle(1)).toBe('pagefind/');
    expect(searchBundle(3)).toBe('pagefind-3/');
    expect(mergedSearchBundles(3)).toEqual(['pagefind-2/', 'pagefind-3/']);
    expect(mergedSearchBundles(1)).toEqual([]);
  });

  it('splits the search index of a site built whole into one bundle per 5,000 searchable pages', () => {
    expect(PAGES_PER_SEARCH_BUNDLE).toBe(5000);
    expect(searchBundleCount(0)).toBe(1);
    expect(searchBundleCount(5000)).toBe(1);
    expect(searchBundleCount(5001)).toBe(2);
    expect(searchBundleCount(15000)).toBe(3);
    expect(searchBundleCount(30000)).toBe(6);
  });

  it('reads --search-bundles as the build does, and gives a shard its own bundle count', () => {
    expect(parseSearchBundles('4')).toBe(4);
    expect(parseSearchBundles('0')).toHaveProperty('problem');
    expect(parseSearchBundles('1001')).toHaveProperty('problem');
    expect(parseSearchBundles('2.5')).toHaveProperty('problem');
    expect(searchBundlesOf({ index: 1, count: 1 }, 3)).toBe(3);
    expect(searchBundlesOf({ index: 1, count: 1 })).toBe(1);
    expect(searchBundlesOf({ index: 2, count: 4 }, 3)).toBe(4);
  });
});
