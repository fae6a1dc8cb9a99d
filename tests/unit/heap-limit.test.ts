import { describe, expect, it } from 'vitest';
import { heapLimitFlags } from '../../src/checker/heap-limit-fs.ts';

const GB = 2 ** 30;

describe('the heap a build or check process gets', () => {
  it('is half the machine on a large machine, where Node would stop at its 4 GB default', () => {
    expect(heapLimitFlags([], '', 24 * GB, 4 * GB)).toEqual([`--max-old-space-size=${String(12 * 1024)}`]);
  });

  it("is never below Node's own default on a small machine", () => {
    expect(heapLimitFlags([], '', 4 * GB, 2 * GB)).toEqual([`--max-old-space-size=${String(2 * 1024)}`]);
  });

  it('leaves a limit the editor chose, in NODE_OPTIONS or in the flags of the process', () => {
    expect(heapLimitFlags([], '--max-old-space-size=3000', 24 * GB, 4 * GB)).toEqual([]);
    expect(heapLimitFlags(['--max-old-space-size=3000'], '', 24 * GB, 4 * GB)).toEqual([]);
    expect(heapLimitFlags([], '--enable-source-maps', 24 * GB, 4 * GB)).toHaveLength(1);
  });
});
