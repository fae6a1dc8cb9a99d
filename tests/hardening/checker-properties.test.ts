import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/checker/check-project.ts';
import type { ContentFile, ProjectInput } from '../../src/checker/model.ts';
import { readProjectFiles } from '../../src/checker/project-files-fs.ts';
import { PROJECT_ROOT, TEST_OUTPUT } from '../support/paths.ts';
import { DIAGNOSTIC_LINE, linesOfBytes, malformed, SUMMARY_LINE } from './support/diagnostics.ts';

/**
 * Valid content, mutated at random the way a hurried or hostile contributor might break it, must
 * never crash the checker: it always answers with well-formed diagnostics. Seeded, so a failure
 * reproduces; fast-check prints the shrunk counterexample.
 */
const SEED = 20261125;
const TODAY = '2026-11-25';
/** Every optional field of a briefing, a claim, a citation and a source, with snapshots: valid. */
const VALID_PROJECT = join(PROJECT_ROOT, 'tests/checker/fixtures/schema-passes');

/** Syntax that means something to YAML, Markdown, MDX or the checker, and characters that hide. */
const FRAGMENTS = [
  '{', '}', '{/*', '*/}', '<', '>', '</', '/>', '<Claim id="un-estimate">', '</Claim>', '<Claim>', '<>',
  ': ', '- ', '[', ']', '---', '+++', '&', '&amp;', '&#x202E;', '*', '**', '_', '~~', '`', '```', '!', '|', '#',
  "'", '"', '\\', '\t', '\n', '\r\n', '\r', ' ', '&a ', '*a', '!!binary ', '!include ', '<<: ', '? ',
  'import x from "y"\n', 'export const a = 1\n', '{process.env.HOME}', '<script>', 'javascript:', '\u202E',
  '\uFEFF', '\u200B', '\u0000', '\u2028', '\uD800', '😀', 'é', '  ', '\n\n', '[^1]', '[x](', 'status: false\n',
]; // prettier-ignore

type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'insert'; at: number; fragment: string }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

const encoder = new TextEncoder();

function lineBounds(bytes: Uint8Array, at: number): [number, number] {
  let start = at;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = at;
  while (end < bytes.length && bytes[end] !== 0x0a) end++;
  return [start, Math.min(end + 1, bytes.length)];
}

/** Applies one mutation to a file's bytes; positions wrap around the file's length. */
function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : change.at % bytes.length;
  switch (change.kind) {
    case 'flip': {
      const copy = bytes.slice();
      if (copy.length > 0) copy[at] = copy[at]! ^ change.mask;
      return copy;
    }
    case 'delete-line': {
      const [start, end] = lineBounds(bytes, at);
      return new Uint8Array([...bytes.subarray(0, start), ...bytes.subarray(end)]);
    }
    case 'duplicate-line': {
      const [start, end] = lineBounds(bytes, at);
      return new Uint8Array([...bytes.subarray(0, end), ...bytes.subarray(start, end), ...bytes.subarray(end)]);
    }
    case 'insert':
      return new Uint8Array([...bytes.subarray(0, at), ...encoder.encode(change.fragment), ...bytes.subarray(at)]);
    case 'truncate':
      return bytes.subarray(0, at);
  }
}

/** A mutated copy of the project: one to four mutations, each to one of its files. */
function mutatedProject(valid: ProjectInput): fc.Arbitrary<ProjectInput> {
  const files = [...valid.briefings, ...valid.sources];
  const change = fc.record({ file: fc.nat({ max: files.length - 1 }), mutation });
  return fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
    const mutated: ContentFile[] = files.map((file) => ({ ...file }));
    for (const { file, mutation: applied } of changes) mutated[file]!.bytes = mutate(mutated[file]!.bytes, applied);
    return {
      ...valid,
      briefings: mutated.slice(0, valid.briefings.length),
      sources: mutated.slice(valid.briefings.length),
    };
  });
}

let valid: ProjectInput;
beforeAll(async () => {
  valid = await readProjectFiles(VALID_PROJECT, TODAY);
});

describe('the checker on randomly broken content', () => {
  it('starts from content that passes', () => {
    expect(checkProject(valid).diagnostics).toEqual([]);
  });

  it('never throws, and answers with well-formed diagnostics only', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(mutatedProject(valid), (project) => {
        const files = new Map([...project.briefings, ...project.sources].map((file) => [file.path, file.bytes]));
        const linesOf = (path: string) => {
          const bytes = files.get(path);
          return bytes === undefined ? undefined : linesOfBytes(bytes);
        };
        const { diagnostics } = checkProject(project);
        expect(malformed(diagnostics, linesOf)).toEqual([]);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('npm run check on randomly broken content', () => {
  /** Spawning a process costs most of a second, so a dozen projects, written once. */
  const SAMPLES = 12;

  it(
    'never exits 2, never writes to stderr, and prints only diagnostic lines and a summary',
    { timeout: 90_000 },
    () => {
      const projects = fc.sample(mutatedProject(valid), { seed: SEED, numRuns: SAMPLES });
      projects.forEach((project, index) => {
        const root = join(TEST_OUTPUT, 'hardening/mutated', String(index));
        rmSync(root, { recursive: true, force: true });
        for (const file of [...project.briefings, ...project.sources]) {
          mkdirSync(dirname(join(root, file.path)), { recursive: true });
          writeFileSync(join(root, file.path), file.bytes);
        }
        for (const [name, text] of project.snapshots) {
          mkdirSync(join(root, 'content/snapshots'), { recursive: true });
          writeFileSync(join(root, 'content/snapshots', name), text);
        }
        const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root, '--today', TODAY], {
          cwd: PROJECT_ROOT,
          encoding: 'utf8',
          timeout: 30_000,
        });
        const context = `project ${index} in ${root}`;
        expect(result.stderr, context).toBe('');
        expect([0, 1], context).toContain(result.status);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines.at(-1), context).toMatch(SUMMARY_LINE);
        for (const line of lines.slice(0, -1)) expect(line, context).toMatch(DIAGNOSTIC_LINE);
      });
    },
  );
});
