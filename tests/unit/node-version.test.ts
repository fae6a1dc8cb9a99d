import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
};

describe('the pinned toolchain', () => {
  it('runs on the Node version pinned by the node devDependency, not the machine Node', () => {
    const pinned = pkg.devDependencies['node']?.replace(/^[\^~]/, '') ?? '';
    const [pinnedMajor, pinnedMinor] = pinned.split('.').map(Number);
    const [major, minor] = process.versions.node.split('.').map(Number);
    const message =
      `Tests are running on Node ${process.versions.node}, older than the pinned ${pinned}. ` +
      'Run them through npm (npm test) after `npm ci`, which puts the pinned Node in node_modules/.bin; ' +
      'if the node package was installed with --ignore-scripts its binary is missing.';
    expect(major! > pinnedMajor! || (major === pinnedMajor && minor! >= pinnedMinor!), message).toBe(true);
  });
});
