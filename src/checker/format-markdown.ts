import { STANCE_LABELS, STATUS_LABELS } from '../lib/labels.ts';
import type { ClaimChange } from './claim-changes.ts';
import type { Diagnostic } from './diagnostic.ts';
import { formatSummary } from './format.ts';

/** What a pull-request summary says besides the problems. */
export interface MarkdownReportContext {
  /** Claims the change adds, edits or removes (only with `--changed`). */
  claimChanges?: readonly ClaimChange[];
  /** Publisher names by source id, to say who a claim rests on. */
  publishers?: ReadonlyMap<string, string>;
  /** A sentence on what was checked, e.g. "3 changed files and 2 that depend on them". */
  scope?: string;
}

/**
 * Editors' text goes into a table cell: it must not close the cell, start a link or inject
 * markup into the pull request's page.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|#!~]/g, (character) => `\\${character}`)
    .trim();
}

const KIND_WORDS = { new: 'New', changed: 'Changed', removed: 'Removed' } as const;

/** A short Markdown report for a pull-request comment or a job summary. */
export function formatMarkdownReport(
  diagnostics: readonly Diagnostic[],
  fileCount: number,
  context: MarkdownReportContext = {},
): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const lines = [
    `## Content check: ${errors > 0 ? 'errors to fix' : diagnostics.length > 0 ? 'passed with warnings' : 'passed'}`,
    '',
    `${escapeMarkdown(formatSummary(diagnostics, fileCount))}${context.scope ? `. Checked ${escapeMarkdown(context.scope)}.` : ''}`,
  ];

  if (context.claimChanges?.length) {
    lines.push(
      '',
      '### Claims in this change',
      '',
      '| Change | Briefing | Claim | Status | Sources |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const { kind, briefing, claim } of context.claimChanges) {
      const sources = claim.citations
        .map((citation) => {
          const name = context.publishers?.get(citation.source) ?? citation.source;
          return `${escapeMarkdown(name)} (${STANCE_LABELS[citation.stance].toLowerCase()})`;
        })
        .join('; ');
      lines.push(
        `| ${KIND_WORDS[kind]} | ${escapeMarkdown(briefing)} | ${escapeMarkdown(claim.text)} (${escapeMarkdown(claim.id)}) | ${STATUS_LABELS[claim.status].label} | ${sources || 'none'} |`,
      );
    }
  }

  if (diagnostics.length) {
    lines.push('', '### Problems', '', '| Severity | Where | Rule | Problem |', '| --- | --- | --- | --- |');
    for (const diagnostic of diagnostics) {
      lines.push(
        `| ${diagnostic.severity === 'error' ? 'Error' : 'Warning'} | ${escapeMarkdown(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`)} | ${diagnostic.rule} | ${escapeMarkdown(diagnostic.message)} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
