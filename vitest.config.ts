import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/support/sequencer.ts';

export default defineConfig({
  test: {
    // Vitest runs one file at a time on two cores (it keeps a core for itself), yet most of a file's
    // time here is spent waiting on Chromium or a child build, so one file per core finishes sooner:
    // measured on a two-core machine, 517 s with one worker, 475 s with two; a third (497 s) only
    // made each file wait longer for the same Chromium.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Both projects' files in one queue, longest first, once every file has a duration on record.
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          // These files share no state worth a fresh module graph each: one graph per worker saves
          // loading the checker, zod and the parsers again for every file.
          isolate: false,
          include: ['tests/unit/**/*.test.ts', 'tests/checker/**/*.test.ts', 'tests/hardening/*.test.ts'],
          // Many of these start the checker or a scaffold in a child process; on a loaded two-core
          // machine one start can take several seconds. Speed is the benchmark's to judge, not a timeout's.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/hardening/site/*.test.ts'],
          // Builds the sample and fixture sites once; every site test reads those builds.
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 60_000,
          // What a page's script shows (search results, say) can take seconds while the other
          // site tests load the machine; a poll gives up only after this long.
          expect: { poll: { timeout: 30_000 } },
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
