/**
 * The words a synthetic corpus is written in: a few thousand distinct forms drawn with Zipf
 * frequencies, so that search indexes and compressed pages come out the size real prose gives
 * (repeated lorem ipsum compresses and indexes to almost nothing).
 */
import { NUMBER_WORDS } from '../../src/checker/numbers/number-words.ts';
import { zipf, type Random } from './random.ts';

/** The commonest English words, most frequent first; they take the top ranks, as in any English text. */
const FUNCTION_WORDS = `the of and to a in that is was for on it with as by at from his her their its be have
has had were are not but or which this these those after before over under into about than more most some
other said says would could will may can also been they we he she who when where while because between during
against without within through since until only even still such each both many new last just very much there
then what how all any if so our out up no them him do did does made make being well now own same few`.split(/\s+/);

/** Everyday news vocabulary, ranked just below the function words. */
const NEWS_WORDS = `government ministry officials report court bank exchange company market investors police
prosecutors agency minister president parliament election vote policy budget sanctions network attack data
records analysts researchers investigation evidence statement spokesperson inquiry contract funds payments
accounts customers prices supply shipping port border region capital city province farmers workers union
strike hospital patients vaccine climate emissions energy power grid oil gas coal water drought flood housing
rents schools teachers students security military forces troops ceasefire talks deal trade tariffs exports
imports growth inflation rates lenders debt bonds currency reserves regulator rules law bill committee hearing
judge ruling appeal lawsuit fraud corruption bribery audit documents emails leak source sources witness victims
families residents community council mayor governor state federal national international global local public
private sector industry factory plant jobs wages pension tax revenue spending deficit loan aid donors charity
program project plan strategy system platform software hackers breach malware ransomware phishing servers cloud
internet telecom satellite launch flight airline airport train rail road bridge construction contractor tender
permit licence mining copper lithium gold timber fishing crops harvest food wheat rice fertiliser exporters
importers container vessel tanker cargo customs smuggling trafficking migrants refugees asylum camp shelter
protest rally opposition party coalition campaign candidate ballot turnout result count observers monitors
commission panel experts scientists study survey poll findings estimate figures numbers share percentage rise
fall increase decline drop surge record level period quarter year month week day morning evening night official
former senior junior chief head director manager executive board chairman founder owner shareholders stake
merger acquisition bid offer sale buyer seller property land building office headquarters branch unit division
team staff employees volunteers members leaders allies rivals neighbours partners critics supporters observers
media newspaper broadcaster reporter journalist editor interview press release website posts account video
photos images footage satellite analysis review assessment warning alert risk threat danger crisis emergency
response recovery reconstruction damage losses costs compensation insurance claims payout settlement agreement
treaty accord framework negotiations summit meeting visit delegation envoy embassy consulate ambassador`.split(/\s+/);

const ONSETS = ['b', 'br', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ea', 'ou'];
const CODAS = ['', '', '', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'st', 'nt'];
const SUFFIXES: readonly (readonly string[])[] = [
  [''],
  [''],
  ['', 's'],
  ['', 's'],
  ['', 'ed', 'ing', 's'],
  ['', 'ly'],
  ['', 'tion', 'tions'],
];

/** Words that must never appear in prose: MDX reads a paragraph opening with them as code, figures read them as numbers. */
const AVOID = new Set([
  ...[...NUMBER_WORDS].filter((word) => !['a', 'and', 'of'].includes(word)),
  'import',
  'export',
  'first',
  'second',
  'third',
  'won',
  'yen',
  'pounds',
  'euros',
  'dollars',
]);

export interface Vocabulary {
  /** A word drawn with its Zipf frequency. */
  word(random: Random): string;
  /** A capitalised name: people, places and organisations that news text is full of. */
  name(random: Random): string;
  /** How many distinct forms there are. */
  size: number;
}

function syllables(random: Random, count: number): string {
  let word = '';
  for (let index = 0; index < count; index++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return word;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Builds the vocabulary from the seed: function words, then news words, then invented words with
 * their inflections (so a stemmer has work to do), ranked for Zipf's law with exponent 1.
 */
export function makeVocabulary(random: Random, inventedStems = 2200, names = 400): Vocabulary {
  const seen = new Set<string>(AVOID);
  const take = (word: string): boolean => {
    if (seen.has(word)) return false;
    seen.add(word);
    return true;
  };
  const common = FUNCTION_WORDS.filter(take);
  const news = NEWS_WORDS.filter(take);
  const invented: string[] = [];
  while (invented.length < inventedStems * 2) {
    const stem = syllables(random, random.chance(0.25) ? 1 : random.chance(0.75) ? 2 : 3);
    if (stem.length < 3 || seen.has(stem)) continue;
    for (const suffix of random.pick(SUFFIXES)) if (take(stem + suffix)) invented.push(stem + suffix);
  }
  // News words are spread over the upper ranks, invented words fill the long tail.
  const ranked = [...common];
  const rest = random.sample(invented, invented.length);
  news.forEach((word, index) => rest.splice(Math.min(rest.length, index * 3 + random.int(0, 2)), 0, word));
  ranked.push(...rest);

  const nameList: string[] = [];
  while (nameList.length < names) {
    const name = capitalise(syllables(random, random.int(2, 3)));
    if (take(name.toLowerCase())) nameList.push(name);
  }
  const drawWord = zipf(ranked.length, 1);
  const drawName = zipf(nameList.length, 0.9);
  return {
    word: (r) => ranked[drawWord(r)]!,
    name: (r) => nameList[drawName(r)]!,
    size: ranked.length + nameList.length,
  };
}
