import { execFileSync } from 'node:child_process';

/**
 * Runs git in a folder and returns what it printed (trimmed unless `trim` is false: file contents
 * keep their exact bytes); throws when git fails. The one place the project runs git, so every
 * caller gets the same encoding, buffer and silence on stderr.
 */
export function git(root: string, args: readonly string[], { trim = true }: { trim?: boolean } = {}): string {
  const output = execFileSync('git', ['-C', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // `git show` of a large snapshot is the biggest output asked for.
    maxBuffer: 64 * 1024 * 1024,
  });
  return trim ? output.trim() : output;
}

/** The file at `path` (relative to `root`) as it was at `commit`, or `undefined` when it did not exist. */
export function fileAtCommit(root: string, commit: string, path: string): string | undefined {
  try {
    return git(root, ['show', `${commit}:./${path}`], { trim: false });
  } catch {
    return undefined;
  }
}
