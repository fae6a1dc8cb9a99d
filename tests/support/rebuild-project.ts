import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { filesUnder } from '../../scripts/support/files.ts';
import { buildEnvironment } from './build-site.ts';
import { PROJECT_ROOT } from './paths.ts';

/**
 * A copy of the sample publication in a project of its own, for tests that build, edit and build
 * again: the project's config, code and public files linked, its content copied, so that its
 * caches and edits touch nothing else. Built sites go into folders beside the project.
 */
export class RebuildProject {
  readonly folder: string;
  readonly root: string;

  constructor(folder: string) {
    this.folder = folder;
    this.root = join(folder, 'project');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(this.root, { recursive: true });
    for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'])
      symlinkSync(join(PROJECT_ROOT, name), join(this.root, name));
    cpSync(join(PROJECT_ROOT, 'content'), join(this.root, 'content'), { recursive: true });
  }

  /** `npm run build` of the project into `outDir` (beside the project), with `args`; returns what it printed. */
  build(outDir: string, args: readonly string[] = []): string {
    const result = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'scripts/build.ts'), '--root', this.root, '--outDir', join(this.folder, outDir), ...args],
      { cwd: this.root, encoding: 'utf8', env: buildEnvironment(), timeout: 240_000 },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    if (result.status !== 0) throw new Error(`the build into ${outDir} failed:\n${output}`);
    return output;
  }

  /** A build with no cache at all: what a fresh checkout builds. */
  coldBuild(outDir: string, args: readonly string[] = []): string {
    rmSync(join(this.root, 'node_modules'), { recursive: true, force: true });
    return this.build(outDir, args);
  }

  /** Every file of a built site with its bytes. */
  filesOf(outDir: string): Map<string, Buffer> {
    const root = join(this.folder, outDir);
    return new Map(filesUnder(root).map((file) => [file, readFileSync(join(root, file))] as const));
  }

  /** The files that differ between two built sites, or are in one only. */
  differences(one: string, other: string): string[] {
    const [left, right] = [this.filesOf(one), this.filesOf(other)];
    const names = new Set([...left.keys(), ...right.keys()]);
    return [...names].filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0))).sort();
  }

  /** Replaces `from` with `to` in a content file, which must hold `from`. */
  edit(file: string, from: string, to: string): void {
    const path = join(this.root, file);
    const text = readFileSync(path, 'utf8');
    expect(text, `${file} holds the text the test edits`).toContain(from);
    writeFileSync(path, text.replace(from, to));
  }
}
