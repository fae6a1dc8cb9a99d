import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';

const DIRECTORY = join(PROJECT_ROOT, '.github/workflows');
const files = readdirSync(DIRECTORY).filter((name) => name.endsWith('.yml'));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, unknown>;
  jobs: Record<
    string,
    {
      steps?: Step[];
      permissions?: Record<string, string>;
      needs?: string;
      strategy?: { matrix?: Record<string, unknown> };
    }
  >;
}

function load(name: string): Workflow {
  return parse(readFileSync(join(DIRECTORY, name), 'utf8'), { uniqueKeys: true }) as Workflow;
}

describe('the GitHub workflows', () => {
  it.each(files)('%s parses and names only actions pinned to a full commit', (name) => {
    const workflow = load(name);
    const uses = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).flatMap((step) => step.uses ?? []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses)
      expect(action, `${name}: ${action}`).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
  });

  it('checks pull requests with a read-only token and the base branch rules', () => {
    const workflow = load('pull-request.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = workflow.jobs['content']?.steps ?? [];
    expect(steps[0]?.with?.['ref']).toBe('${{ github.event.pull_request.base.sha }}');
    expect(steps.map((step) => step.run ?? '').join('\n')).toContain('git checkout FETCH_HEAD -- content');
    expect(steps.some((step) => step.run === 'npm run check -- --format github')).toBe(true);
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? [])
        if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  it('publishes to GitHub Pages only from pushes to main', () => {
    const workflow = load('deploy.yml');
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('builds a sharded publication as a matrix of shards, then merges them in one job and publishes that', () => {
    const workflow = load('deploy-sharded.yml');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const count = workflow.env?.['SHARDS'];
    expect(typeof count).toBe('number');
    const build = workflow.jobs['build']!;
    // Every shard from 1 to SHARDS, once: a shard missing from the matrix would make the merge refuse.
    expect(build.strategy?.matrix?.['shard']).toEqual(Array.from({ length: count as number }, (_, index) => index + 1));
    const runs = (build.steps ?? []).map((step) => step.run ?? '');
    expect(runs).toContain(
      'npm run build -- --shard ${{ matrix.shard }}/${{ env.SHARDS }} --outDir shard-${{ matrix.shard }}',
    );
    const upload = (build.steps ?? []).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ path: 'shard-${{ matrix.shard }}', 'include-hidden-files': true });
    const merge = workflow.jobs['merge']!;
    expect(merge.needs).toBe('build');
    expect((merge.steps ?? []).map((step) => step.run)).toContain(
      'npm run build:merge -- --outDir dist shards/shard-*',
    );
    expect(workflow.jobs['deploy']?.needs).toBe('merge');
    expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('re-fetches the sources weekly with a read-only token and puts the report into the job summary', () => {
    const workflow = load('sources.yml');
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* [0-6]$/) as unknown }]);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = workflow.jobs['sources']?.steps ?? [];
    expect(
      steps.some((step) => step.run?.includes('check:sources -- --format markdown >> "$GITHUB_STEP_SUMMARY"')),
    ).toBe(true);
  });
});
