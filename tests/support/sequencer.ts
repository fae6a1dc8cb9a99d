import { stat } from 'node:fs/promises';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the longest files first across both projects, rather than Vitest's default of one
 * project after the other. The site files spend most of their time waiting on Chromium and the
 * unit files keep a core busy checking content, so mixed they fill the machine: run one project
 * after the other, the unit files' minute and more ran last, with the browser idle.
 *
 * Order: files that failed last time, then by last run's duration; a file never run (a fresh
 * clone has no results) goes by its size, which Vitest also falls back to.
 */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const results = new Map(files.map((file) => [file, this.ctx.cache.getTestSpecificationResult(file)]));
    const sizes = new Map(
      await Promise.all(files.map(async (file) => [file, (await stat(file.moduleId)).size] as const)),
    );
    const everyFileHasRun = files.every((file) => results.get(file) !== undefined);
    const weight = (file: TestSpecification): number =>
      everyFileHasRun ? (results.get(file)?.duration ?? 0) : (sizes.get(file) ?? 0);
    const failed = (file: TestSpecification): number => (results.get(file)?.failed ? 1 : 0);
    return [...files].sort((a, b) => failed(b) - failed(a) || weight(b) - weight(a));
  }
}
