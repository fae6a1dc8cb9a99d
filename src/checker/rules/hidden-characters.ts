import { describeHidden, findTypedHidden, type EscapedHidden } from '../hidden-text.ts';
import type { TextFile } from '../text-file.ts';
import { defineRule } from './define-rule.ts';
import { WIRE_SOURCE, wireOnly } from './example-files.ts';

/** Past this many in one file, one more line says how many were left unlisted. */
const MAX_LISTED = 20;

export const hiddenCharacters = defineRule({
  id: 'hidden-characters',
  severity: 'error',
  summary: 'every format character, U+2028/U+2029, a lone CR, Hangul fillers and controls, typed or escaped',
  examples: {
    fails: wireOnly(WIRE_SOURCE.replace('Northern Wire', 'Northern\u200BWire')),
    passes: wireOnly(WIRE_SOURCE),
  },
  check({ briefings, sources }, report) {
    const files: { file: TextFile; escaped: readonly EscapedHidden[] }[] = [
      ...briefings.map((briefing) => ({
        file: briefing.file,
        escaped: [...(briefing.document?.escapedHidden ?? []), ...(briefing.body?.escapedHidden ?? [])],
      })),
      ...[...sources.values()].map((source) => ({ file: source.file, escaped: source.document.escapedHidden })),
    ];
    for (const { file, escaped } of files) {
      const found = [
        ...findTypedHidden(file.text).map(({ index, character }) => ({
          point: file.pointAt(index),
          character,
          how: '',
        })),
        ...escaped.map((entry) => ({ ...entry, how: ', written as an escape,' })),
      ].sort((a, b) => a.point.line - b.point.line || a.point.column - b.point.column);
      for (const { point, character, how } of found.slice(0, MAX_LISTED)) {
        report({
          file: file.path,
          point,
          message: `invisible character ${describeHidden(character)}${how} can make text read differently from what it is; delete it`,
        });
      }
      if (found.length > MAX_LISTED) {
        report({
          file: file.path,
          point: found.at(-1)!.point,
          message: `${found.length - MAX_LISTED} more invisible characters in this file (${found.length} in all); delete them all`,
        });
      }
    }
  },
});
