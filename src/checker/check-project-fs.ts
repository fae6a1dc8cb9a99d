import { checkProject, type CheckResult } from './check-project.ts';
import type { CheckOptions } from './options.ts';
import { readCheckOptions } from './options-fs.ts';
import { readProjectFiles, todayUtc } from './project-files-fs.ts';

/** Options for checking a project on disk. */
export interface CheckOnDiskOptions {
  /** The checker's options; read from the project's `astro.config.mjs` when absent. */
  options?: CheckOptions;
  /** Today as `YYYY-MM-DD`; defaults to today in UTC. */
  today?: string;
}

/** Reads the project at `root` and checks it. */
export async function checkProjectAt(root: string, settings: CheckOnDiskOptions = {}): Promise<CheckResult> {
  const options = settings.options ?? (await readCheckOptions(root));
  const input = await readProjectFiles(root, settings.today ?? todayUtc());
  return checkProject(input, options);
}
