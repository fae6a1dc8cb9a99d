import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the longest files first across both projects, rather than Vitest's default of one
 * project after the other. The site files spend most of their time waiting on Chromium and the
 * unit files keep a core busy checking content, so mixed they fill the machine: run one project
 * after the other, the unit files' minute and more ran last, with the browser idle.
 *
 * Order: files that failed last time, then by last run's duration. Without a duration for every
 * file (a fresh clone has none) it keeps Vitest's own order: mixed by file size instead, a fresh
 * clone took 8 m 24 s, since size says little of what a file waits for.
 */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const results = new Map(files.map((file) => [file, this.ctx.cache.getTestSpecificationResult(file)]));
    if (files.some((file) => results.get(file) === undefined)) return super.sort(files);
    const duration = (file: TestSpecification): number => results.get(file)?.duration ?? 0;
    const failed = (file: TestSpecification): number => (results.get(file)?.failed ? 1 : 0);
    return [...files].sort((a, b) => failed(b) - failed(a) || duration(b) - duration(a));
  }
}
