import { git } from './git-fs.ts';

/** What changed in a project's content since a base commit. */
export interface GitChanges {
  /** The commit compared against: the merge base of `ref` and HEAD. */
  base: string;
  /** Changed paths under `content/`, relative to the project root, forward slashes. */
  paths: string[];
}

/**
 * Content files changed since the merge base of `ref` and HEAD: committed, staged, unstaged and
 * untracked alike, so a check before committing sees everything the editor did. Renames count as
 * a deletion and an addition, so the old id's dependents are checked too.
 */
export function changedContent(root: string, ref?: string): GitChanges {
  try {
    git(root, ['rev-parse', '--show-toplevel']);
  } catch (error) {
    throw new Error(`${root} is not in a git repository, so --changed has nothing to compare with`, { cause: error });
  }
  const candidates = ref ? [ref] : ['main', 'origin/main', 'master', 'origin/master'];
  const found = candidates.find((candidate) => {
    try {
      git(root, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  });
  if (!found) {
    throw new Error(ref ? `unknown git ref "${ref}"` : 'no main branch to compare with; name one with --base <ref>');
  }
  const base = git(root, ['merge-base', found, 'HEAD']);
  const listed = [
    // Both listings are relative to the project root (which may be below the repository's top).
    ...git(root, ['diff', '--relative', '--name-only', '--no-renames', base, '--', '.']).split('\n'),
    ...git(root, ['ls-files', '--others', '--exclude-standard', '--', '.']).split('\n'),
  ].filter(Boolean);
  const paths = [...new Set(listed)].filter((path) => path.startsWith('content/'));
  return { base, paths };
}
