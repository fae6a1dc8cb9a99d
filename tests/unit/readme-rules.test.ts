import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checker/rules/index.ts';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The rows of the README's rule table, under "The rules and their severity", as [id, default, catches]. */
function readmeRuleRows(): string[][] {
  const section = README.split(/^## The rules and their severity$/m)[1]?.split(/^#{2,3} /m)[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

describe("the README's rule table", () => {
  it('lists the rules of the registry in its order, each with its default severity and its own summary', () => {
    expect(readmeRuleRows()).toEqual(RULES.map((rule) => [`\`${rule.id}\``, rule.severity, rule.summary]));
  });

  it('keeps its columns: rule, default, catches', () => {
    const section = README.split(/^## The rules and their severity$/m)[1] ?? '';
    expect(section).toMatch(/^\n\| rule +\| default +\| catches +\|$/m);
  });
});
