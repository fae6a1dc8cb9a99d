import { relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';
import { htmlFiles, SITES } from './built-site.ts';

/*
 * The rules come from `.htmlvalidate.json` at the project root: html-validate's recommended set,
 * less two that fight deliberate choices (JSON has no comments, so the reasons are here):
 * - no-trailing-whitespace: Astro's lossless `compressHTML` keeps one white-space character where
 *   the source had a run, and that is sometimes a line's last; it is invisible and costs a byte.
 * - long-title: a page's title is the editor's headline in full, then the publication's name;
 *   cutting a headline at 70 characters to suit search-engine snippets would misquote it.
 * One rule is narrowed: prefer-native-element lets `role="listbox"` through, because the header's
 * quick results are the popup of an editable combobox (ARIA 1.2), which a <select> cannot be.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(SITES)('the HTML of the %s site', (site) => {
  it('is valid in every file under html-validate’s recommended rules', async () => {
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(
            `${relative(PROJECT_ROOT, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
    }
    expect(problems).toEqual([]);
  });
});
