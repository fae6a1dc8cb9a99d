import { describe, expect, it } from 'vitest';
import { scopeToChanges } from '../../src/checker/changed-scope.ts';
import type { ProjectInput } from '../../src/checker/model.ts';

const encoder = new TextEncoder();
const file = (path: string, text: string) => ({ path, bytes: encoder.encode(text) });
const briefing = (slug: string, sources: string[]) =>
  file(
    `content/briefings/${slug}.mdx`,
    `---\ntitle: ${slug}\nclaims:\n  - id: a\n    citations:\n${sources.map((id) => `      - source: ${id}`).join('\n')}\n---\n`,
  );

const project: ProjectInput = {
  briefings: [briefing('one', ['kcna']), briefing('two', ['un-report']), briefing('three', ['un-report', 'ap'])],
  sources: [
    file('content/sources/kcna.yaml', 'title: KCNA\nsnapshot: kcna.txt\n'),
    file('content/sources/un-report.yaml', 'title: UN\n'),
    file('content/sources/ap.yaml', 'title: AP\n'),
  ],
  snapshots: new Map([['kcna.txt', 'text']]),
  today: '2026-11-25',
};

const paths = (files: readonly { path: string }[]) => files.map((entry) => entry.path);

describe('the scope of a check of changed files', () => {
  it('loads a changed briefing and the sources it cites, nothing else', () => {
    const scope = scopeToChanges(project, ['content/briefings/one.mdx']);
    expect(paths(scope.input.briefings)).toEqual(['content/briefings/one.mdx']);
    expect(paths(scope.input.sources)).toEqual(['content/sources/kcna.yaml']);
    expect(scope.loaded).toBe(2);
    expect(scope.total).toBe(6);
  });

  it('loads every briefing citing a changed or vanished source', () => {
    const scope = scopeToChanges(project, ['content/sources/un-report.yaml']);
    expect(paths(scope.input.briefings)).toEqual(['content/briefings/two.mdx', 'content/briefings/three.mdx']);
    const renamed = scopeToChanges({ ...project, sources: project.sources.slice(0, 1) }, [
      'content/sources/un-report.yaml',
    ]);
    expect(paths(renamed.input.briefings)).toEqual(['content/briefings/two.mdx', 'content/briefings/three.mdx']);
  });

  it('treats a changed snapshot as a change to the sources that name it', () => {
    const scope = scopeToChanges(project, ['content/snapshots/kcna.txt']);
    expect(paths(scope.input.briefings)).toEqual(['content/briefings/one.mdx']);
  });

  it('tells the rules which ids exist and which are cited by briefings it did not load', () => {
    const scope = scopeToChanges(project, ['content/briefings/one.mdx']);
    expect([...(scope.input.partial?.sourceIds ?? [])].sort()).toEqual(['ap', 'kcna', 'un-report']);
    expect([...(scope.input.partial?.citedElsewhere ?? [])].sort()).toEqual(['ap', 'un-report']);
  });
});
