/** Sentences, headings and quotes in the synthetic vocabulary, with lengths as varied as news copy's. */
import type { Figure } from './figures.ts';
import type { Random } from './random.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A sentence as its words (punctuation attached), so quotes can be cut at word boundaries. */
export interface Sentence {
  words: string[];
  text: string;
  /** Where a figure sits in `words`, when the sentence states one. */
  figure?: { start: number; end: number; of: Figure };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Mostly 8 to 25 words, now and then very short or long. */
export function sentenceLength(random: Random): number {
  return random.int(3, 12) + random.int(2, 10) + (random.chance(0.3) ? random.int(0, 16) : 0);
}

/** Plain words, names among them, commas now and then; no capital and no full stop. */
export function words(random: Random, vocabulary: Vocabulary, count: number): string[] {
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    let word = random.chance(0.05) ? vocabulary.name(random) : vocabulary.word(random);
    if (index < count - 1 && random.chance(0.06)) word += ',';
    out.push(word);
  }
  return out;
}

/** Words that qualify a figure written right after them, alone or ending a phrase ("more than", "up to"). */
const QUALIFYING: ReadonlySet<string> = new Set([
  'about', 'almost', 'approximately', 'around', 'as', 'close', 'estimated', 'least', 'most', 'nearly', 'no', 'not',
  'of', 'over', 'roughly', 'some', 'than', 'to', 'under',
]); // prettier-ignore

/** A sentence; with a figure, the figure sits inside it, never first or last, so quotes can frame it. */
export function sentence(random: Random, vocabulary: Vocabulary, figure?: Figure): Sentence {
  const length = Math.max(figure ? 6 : 3, sentenceLength(random));
  const list = words(random, vocabulary, length);
  let place: Sentence['figure'];
  if (figure) {
    const at = random.int(2, length - 3);
    const before = list[at - 1]!.replace(/,$/, '');
    // A word that would qualify the figure ("over", "about", "more than") would change what it states.
    list[at - 1] = QUALIFYING.has(before.toLowerCase()) ? 'the' : before;
    if (list[at] === 'or') list[at] = 'and';
    list.splice(at, 0, ...figure.words);
    place = { start: at, end: at + figure.words.length, of: figure };
  }
  list[0] = capitalise(list[0]!);
  list[list.length - 1] = `${list[list.length - 1]!.replace(/,$/, '')}.`;
  const result: Sentence = { words: list, text: list.join(' ') };
  if (place) result.figure = place;
  return result;
}

/** A run of a sentence's words, without the punctuation at its end; a substring of the sentence. */
export function excerpt(of: Sentence, start: number, end: number): string {
  return of.words
    .slice(start, end)
    .join(' ')
    .replace(/[.,]+$/, '');
}

/** A heading of three to eight words, capitalised. */
export function heading(random: Random, vocabulary: Vocabulary): string {
  return capitalise(words(random, vocabulary, random.int(3, 8)).join(' ').replaceAll(',', ''));
}

/** Lower-case letters joined by hyphens, from words: `velmora-rates`. */
export function slugOf(list: readonly string[]): string {
  return list
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
