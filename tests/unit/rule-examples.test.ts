import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/checker/check-project.ts';
import { formatDiagnostic } from '../../src/checker/format.ts';
import type { ContentFile, ProjectInput } from '../../src/checker/model.ts';
import { EXAMPLE_TODAY } from '../../src/checker/rules/define-rule.ts';
import { RULES, type RuleExample } from '../../src/checker/rules/index.ts';

const encoder = new TextEncoder();

/** An example's files as the checker gets them from disk: briefings and sources as bytes, snapshots as text. */
function exampleProject({ files }: RuleExample): ProjectInput {
  const briefings: ContentFile[] = [];
  const sources: ContentFile[] = [];
  const snapshots = new Map<string, string>();
  for (const [path, text] of Object.entries(files)) {
    if (path.startsWith('content/briefings/')) briefings.push({ path, bytes: encoder.encode(text) });
    else if (path.startsWith('content/sources/')) sources.push({ path, bytes: encoder.encode(text) });
    else if (path.startsWith('content/snapshots/')) snapshots.set(path.slice('content/snapshots/'.length), text);
    else
      throw new Error(`example file ${path} is not under content/briefings/, content/sources/ or content/snapshots/`);
  }
  return { briefings, sources, snapshots, today: EXAMPLE_TODAY };
}

/** The example's diagnostics, as `npm run check` prints them. */
function check(example: RuleExample): string[] {
  return checkProject(exampleProject(example)).diagnostics.map(formatDiagnostic);
}

function linesOf(rule: string, example: RuleExample): string[] {
  return check(example).filter((line) => line.includes(` [${rule}] `));
}

describe('every rule shows what it catches with examples the checker agrees with', () => {
  it('gives every rule a failing and a passing example, each with at least one file', () => {
    const missing = RULES.filter(
      (rule) =>
        Object.keys(rule.examples.fails.files).length === 0 || Object.keys(rule.examples.passes.files).length === 0,
    ).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });

  for (const rule of RULES) {
    it(`${rule.id}: the failing example is reported by ${rule.id}`, () => {
      expect(linesOf(rule.id, rule.examples.fails)).not.toEqual([]);
    });

    it(`${rule.id}: the passing example draws nothing from ${rule.id}, and no error at all`, () => {
      expect(linesOf(rule.id, rule.examples.passes)).toEqual([]);
      expect(check(rule.examples.passes).filter((line) => line.includes(': error ['))).toEqual([]);
    });
  }
});
