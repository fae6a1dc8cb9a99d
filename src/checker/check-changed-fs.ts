import { changedContent } from './git-changes-fs.ts';
import { fileAtCommit } from './git-fs.ts';
import { scopeToChanges, type ChangedScope } from './changed-scope.ts';
import { checkProject, type CheckResult } from './check-project.ts';
import { claimsOf, diffClaims, type ClaimChange } from './claim-changes.ts';
import type { CheckOnDiskOptions } from './check-project-fs.ts';
import { readCheckOptions } from './options-fs.ts';
import { readProjectFiles, todayUtc } from './project-files-fs.ts';

/** A check of the files a branch changed, and what it found. */
export interface ChangedCheck {
  result: CheckResult;
  scope: ChangedScope;
  /** The commit compared against. */
  base: string;
  /** Claims the change adds, edits or removes, briefing by briefing. */
  claimChanges: ClaimChange[];
}

/**
 * `check --changed`: checks the content files changed since the merge base with `ref` (default
 * main), plus everything that cites or is cited by them, for fast feedback on large publications.
 * The full check still runs in CI.
 */
export async function checkChangedAt(
  root: string,
  ref: string | undefined,
  settings: CheckOnDiskOptions = {},
): Promise<ChangedCheck> {
  const { base, paths } = changedContent(root, ref);
  const options = settings.options ?? (await readCheckOptions(root));
  const project = await readProjectFiles(root, settings.today ?? todayUtc());
  const scope = scopeToChanges(project, paths);
  const result = checkProject(scope.input, options);

  const decoder = new TextDecoder();
  const claimChanges = paths
    .filter((path) => path.startsWith('content/briefings/') && path.endsWith('.mdx'))
    .flatMap((path) => {
      const current = project.briefings.find((file) => file.path === path);
      const slug = path.slice('content/briefings/'.length, -'.mdx'.length);
      return diffClaims(
        slug,
        claimsOf(fileAtCommit(root, base, path)),
        claimsOf(current && decoder.decode(current.bytes)),
      );
    });
  return { result, scope, base, claimChanges };
}
