import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * Puts a finished folder in the place of the previous one, so nobody ever serves a half-written
 * site: two renames (the old folder steps aside, the new one takes its name), then the old one
 * goes. `staging` must be on the same file system as `target`, a sibling, for the renames to be
 * instant.
 */
export async function replaceFolder(staging: string, target: string): Promise<void> {
  const retired = `${staging}-previous`;
  if (existsSync(target)) await rename(target, retired);
  await rename(staging, target);
  await rm(retired, { recursive: true, force: true });
}
