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
  jobs: Record<string, { steps?: Step[]; permissions?: Record<string, string> }>;
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
