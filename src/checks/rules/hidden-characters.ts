import type { Rule } from '../model.ts';
import type { TextFile } from '../text-file.ts';

const HIDDEN: Record<string, string> = {
  '\u061C': 'ARABIC LETTER MARK',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};
// An alternation, not a character class: a class of joiners reads as one joined sequence.
const HIDDEN_PATTERN = new RegExp(Object.keys(HIDDEN).join('|'), 'g');

/** Past this many in one file, one more line says how many were left unlisted. */
const MAX_LISTED = 20;

export const hiddenCharacters: Rule = {
  id: 'hidden-characters',
  check({ briefings, sources }, report) {
    const files: TextFile[] = [
      ...briefings.map((briefing) => briefing.file),
      ...[...sources.values()].map((source) => source.file),
    ];
    for (const file of files) {
      let count = 0;
      let lastOffset = 0;
      for (const match of file.text.matchAll(HIDDEN_PATTERN)) {
        count += 1;
        lastOffset = match.index;
        if (count > MAX_LISTED) continue;
        const character = match[0];
        const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        report({
          file: file.path,
          point: file.pointAt(match.index),
          message: `invisible character ${code} ${HIDDEN[character]} can make text read differently from what it is; delete it`,
        });
      }
      if (count > MAX_LISTED) {
        report({
          file: file.path,
          point: file.pointAt(lastOffset),
          message: `${count - MAX_LISTED} more invisible characters in this file (${count} in all); delete them all`,
        });
      }
    }
  },
};
