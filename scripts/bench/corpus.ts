/**
 * `npm run bench:corpus -- --n 1000 --seed 1`: writes a synthetic publication of N briefings into
 * `.bench/corpus-<n>-<seed>/`: an `astro.config.mjs` that builds it with this project's `src/` and
 * settings, and `content/` with briefings, about N/2 shared sources and their snapshots.
 *
 * Briefings run to about 1,500 words of Zipf-distributed vocabulary, with headings, lists, tables,
 * quotes, links and footnotes; each makes 10 to 20 claims of 1 to 4 citations, in every status the
 * evidence bears. Quotes are cut from the snapshots verbatim, quantities are figures the quotes state,
 * archive copies match their sources: the corpus passes `npm run check` without a problem. The same
 * N and seed always give the same bytes.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { quantityBacksMention, readNumbers } from '../../src/checker/numbers/index.ts';
import type { ClaimStatus, Stance } from '../../src/schemas/index.ts';
import { DESKS, LANGUAGES, PUBLISHERS, TOPICS, type Publisher } from './catalogue.ts';
import { makeFigure, quoteStates, type Quantity } from './figures.ts';
import { corpusDir, REPO_ROOT } from './paths.ts';
import { capitalise, excerpt, heading, sentence, slugOf, words, type Sentence } from './prose.ts';
import { seededRandom, zipf, type Random } from './random.ts';
import { makeVocabulary, type Vocabulary } from './vocabulary.ts';

/** Bumped whenever the generator's output changes, so stale corpora are rewritten. */
export const CORPUS_VERSION = 1;

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** Briefings are spread over these days in slug order; sources start a year earlier. */
const FIRST_BRIEFING = dayOf('2021-01-01');
const LAST_DAY = dayOf('2026-06-30');
const FIRST_SOURCE = dayOf('2020-01-01');

interface Snapshot {
  file: string;
  sentences: Sentence[];
  /** Sentence indexes where paragraphs start. */
  breaks: Set<number>;
  figures: Sentence[];
}

interface Source {
  id: string;
  publisher: Publisher;
  day: number;
  url?: string;
  snapshot?: Snapshot;
}

interface CitationDraft {
  source: Source;
  stance: Stance;
  via?: Source;
  quote?: string;
  locator?: string;
}

interface ClaimDraft {
  id: string;
  phrase: string;
  status: ClaimStatus;
  quantity?: Quantity;
  figureWords?: string[];
  citations: CitationDraft[];
}

/** What a generated corpus holds, written beside it as `corpus.json`. */
export interface CorpusManifest {
  version: number;
  n: number;
  seed: number;
  briefings: number;
  sources: number;
  snapshots: number;
  claims: number;
  citations: number;
  /** Words in briefing bodies. */
  bodyWords: number;
  bytes: number;
}

const yamlString = (text: string): string => JSON.stringify(text);

function makeSnapshot(random: Random, vocabulary: Vocabulary, publisher: Publisher, id: string): Snapshot {
  const [low, high] = publisher.words;
  const target = random.int(low, high);
  const sentences: Sentence[] = [];
  const breaks = new Set<number>([0]);
  const figures: Sentence[] = [];
  let count = 0;
  let sinceBreak = 0;
  while (count < target) {
    const withFigure = random.chance(0.25);
    const next = sentence(random, vocabulary, withFigure ? makeFigure(random) : undefined);
    if (sinceBreak >= random.int(2, 6)) {
      breaks.add(sentences.length);
      sinceBreak = 0;
    }
    if (next.figure) figures.push(next);
    sentences.push(next);
    count += next.words.length;
    sinceBreak += 1;
  }
  return { file: `${id}.txt`, sentences, breaks, figures };
}

function snapshotText(title: string, snapshot: Snapshot): string {
  const paragraphs: string[] = [];
  let current: string[] = [];
  snapshot.sentences.forEach((item, index) => {
    if (snapshot.breaks.has(index) && current.length) {
      paragraphs.push(current.join(' '));
      current = [];
    }
    current.push(item.text);
  });
  if (current.length) paragraphs.push(current.join(' '));
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

/** A quote cut from a snapshot: a run of one sentence, or two runs joined by an ellipsis. */
function plainQuote(random: Random, snapshot: Snapshot): string {
  const index = random.int(0, snapshot.sentences.length - 1);
  const first = snapshot.sentences[index]!;
  const cut = (of: Sentence): string => {
    const length = Math.min(of.words.length, random.int(5, 18));
    const start = random.int(0, of.words.length - length);
    return excerpt(of, start, start + length);
  };
  const laterIndex = index + random.int(1, 3);
  const later = snapshot.sentences[laterIndex];
  // An ellipsis may only leave out words inside one paragraph.
  const sameParagraph = (): boolean => {
    for (let at = index + 1; at <= laterIndex; at++) if (snapshot.breaks.has(at)) return false;
    return true;
  };
  if (later && random.chance(0.1) && sameParagraph()) return `${cut(first)} ... ${cut(later)}`;
  return cut(first);
}

/** A quote that states a figure's quantity, framed by some of the words around it. */
function figureQuote(random: Random, of: Sentence): { quote: string; quantity: Quantity; figureWords: string[] } {
  const figure = of.figure!;
  const start = Math.max(0, figure.start - random.int(0, 5));
  const end = Math.min(of.words.length, figure.end + random.int(1, 5));
  // A quote needs three words of the source; a shorter frame takes the whole sentence.
  let quote = end - start >= 3 ? excerpt(of, start, end) : excerpt(of, 0, of.words.length);
  if (!quoteStates(quote, figure.of.quantity)) quote = excerpt(of, 0, of.words.length);
  if (!quoteStates(quote, figure.of.quantity)) {
    throw new Error(`generated quote "${quote}" does not state ${JSON.stringify(figure.of.quantity)}`);
  }
  return { quote, quantity: figure.of.quantity, figureWords: figure.of.words };
}

function sourceFiles(random: Random, vocabulary: Vocabulary, source: Source, index: number): { yaml: string } {
  const { publisher } = source;
  const date = isoOf(source.day);
  const roll = random.next();
  const published = roll < 0.8 ? date : roll < 0.95 ? date.slice(0, 7) : date.slice(0, 4);
  const title = capitalise(words(random, vocabulary, random.int(6, 14)).join(' ').replaceAll(',', ''));
  const lines = [
    `title: ${yamlString(title)}`,
    `publisher: ${yamlString(publisher.name)}`,
    `kind: ${publisher.kind}`,
    `published: ${published}`,
  ];
  if (source.url) {
    const archiveDay = Math.min(LAST_DAY, source.day + random.int(0, 20));
    const time = [random.int(0, 23), random.int(0, 59), random.int(0, 59)].map((part) => String(part).padStart(2, '0'));
    const stamp = `${isoOf(archiveDay).replaceAll('-', '')}${time.join('')}`;
    lines.push(
      `url: ${source.url}`,
      'archive:',
      `  url: https://web.archive.org/web/${stamp}/${source.url}`,
      `  date: ${isoOf(archiveDay)}`,
    );
    if (random.chance(0.5)) lines.push(`accessed: ${isoOf(Math.min(LAST_DAY, archiveDay + random.int(0, 30)))}`);
  }
  if (['news-report', 'academic', 'vendor-report'].includes(publisher.kind) && random.chance(0.6)) {
    const authors = Array.from(
      { length: random.int(1, 3) },
      () => `${vocabulary.name(random)} ${vocabulary.name(random)}`,
    );
    lines.push(`authors: [${authors.map(yamlString).join(', ')}]`);
  }
  lines.push(`language: ${random.pick(LANGUAGES)}`);
  if (publisher.kind === 'academic') lines.push(`identifiers: { doi: "10.5555/${index}.${date.slice(0, 4)}" }`);
  if (publisher.kind === 'court-record') lines.push(`identifiers: { case-number: "HC-${date.slice(0, 4)}-${index}" }`);
  if (source.snapshot) lines.push(`snapshot: ${source.snapshot.file}`);
  if (random.chance(0.1))
    lines.push(`notes: ${yamlString(capitalise(`${words(random, vocabulary, random.int(8, 20)).join(' ')}.`))}`);
  return { yaml: `${lines.join('\n')}\n` };
}

function sourceUrl(random: Random, vocabulary: Vocabulary, publisher: Publisher, day: number, index: number): string {
  const [year, month, date] = isoOf(day).split('-');
  const path = `${slugOf(words(random, vocabulary, random.int(3, 6)))}-${index}`;
  switch (publisher.kind) {
    case 'news-report':
    case 'state-media':
      return `https://${publisher.host}/${year}/${month}/${date}/${path}`;
    case 'social-post':
      return `https://${publisher.host}/@${slugOf([vocabulary.name(random)])}/status/${1_000_000 + index * 7919}`;
    case 'dataset':
      return `https://${publisher.host}/datasets/${path}?release=${year}-${month}`;
    default:
      return `https://${publisher.host}/publications/${year}/${path}.pdf`;
  }
}

/** Titles and summaries may only hold figures a claim's quantity backs, as the headline rule demands. */
function headlineIsBacked(text: string, quantities: readonly Quantity[]): boolean {
  return readNumbers(text).every(
    (mention) =>
      mention.isYear ||
      mention.isDatePart ||
      mention.isLabel ||
      (mention.spelled && mention.value === 1 && mention.currency === undefined) ||
      quantities.some((quantity) => quantityBacksMention(quantity, mention)),
  );
}

const STATUSES: readonly (readonly [ClaimStatus, number])[] = [
  ['reported', 35],
  ['confirmed', 20],
  ['unverified', 14],
  ['disputed', 12],
  ['denied', 11],
  ['false', 8],
];

function pickStatus(random: Random): ClaimStatus {
  let roll = random.next() * 100;
  for (const [status, weight] of STATUSES) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'reported';
}

/** The stances a claim's citations take, which the status must be able to rest on. */
function stancesFor(random: Random, status: ClaimStatus): Stance[] {
  const of = (stance: Stance, count: number): Stance[] => Array.from({ length: count }, () => stance);
  switch (status) {
    case 'confirmed':
      return of('supports', random.int(2, 4));
    case 'reported':
      return [...of('supports', random.int(1, 3)), ...(random.chance(0.2) ? of('context', 1) : [])];
    case 'unverified':
      return random.chance(0.7) ? of('supports', random.int(1, 2)) : of('context', 1);
    case 'disputed':
      return [...of('supports', random.int(1, 2)), ...of('disputes', random.int(1, 2))];
    case 'denied':
      return [...of('supports', random.chance(0.6) ? 1 : 0), ...of('disputes', random.int(1, 2))];
    case 'false':
      return [...of('disputes', random.int(1, 2)), ...of('supports', random.chance(0.4) ? 1 : 0)];
  }
}

interface Library {
  sources: Source[];
  /** Sources cited most often come first: a newsroom leans on a few outlets. */
  byPopularity: number[];
  drawPopular: (random: Random) => number;
}

/** A source the briefing could have cited: published by its date, a recent one or a popular one. */
function pickSource(random: Random, library: Library, eligible: number): Source {
  if (random.chance(0.5)) {
    for (let attempt = 0; attempt < 8; attempt++) {
      const index = library.byPopularity[library.drawPopular(random)]!;
      if (index < eligible) return library.sources[index]!;
    }
  }
  const window = Math.min(eligible, 150);
  return library.sources[eligible - 1 - Math.floor(random.next() ** 2 * window)]!;
}

function makeClaims(
  random: Random,
  vocabulary: Vocabulary,
  library: Library,
  eligible: number,
  mustCite: readonly Source[],
): ClaimDraft[] {
  const count = random.int(10, 20);
  const claims: ClaimDraft[] = [];
  const ids = new Set<string>();
  for (let c = 0; c < count; c++) {
    let status = pickStatus(random);
    const stances = stancesFor(random, status).slice(0, 4);
    const chosen: Source[] = [];
    const first = mustCite[c];
    if (first) chosen.push(first);
    let guard = 0;
    while (chosen.length < stances.length && guard++ < 40) {
      const candidate = pickSource(random, library, eligible);
      if (!chosen.includes(candidate)) chosen.push(candidate);
    }
    // Confirmed needs supporting publishers of two names; when the library cannot give them, say reported.
    if (status === 'confirmed') {
      for (let attempt = 0; attempt < 20 && new Set(chosen.map((s) => s.publisher.name)).size < 2; attempt++) {
        const candidate = pickSource(random, library, eligible);
        if (!chosen.includes(candidate)) chosen[chosen.length - 1] = candidate;
      }
      if (new Set(chosen.map((s) => s.publisher.name)).size < 2) status = 'reported';
    }
    const citations: CitationDraft[] = chosen.map((source, index) => ({
      source,
      stance: stances[index] ?? 'supports',
    }));
    // A library too small to give every stance its own source can leave a dispute out: then say reported.
    if (
      ['disputed', 'denied', 'false'].includes(status) &&
      !citations.some((citation) => citation.stance === 'disputes')
    )
      status = 'reported';
    if (!citations.some((citation) => citation.stance === 'supports') && status !== 'denied' && status !== 'false') {
      citations[0]!.stance = 'supports';
    }

    let quantity: { quote: string; quantity: Quantity; figureWords: string[] } | undefined;
    for (const citation of citations) {
      const { snapshot } = citation.source;
      if (!quantity && citation.stance === 'supports' && snapshot?.figures.length && random.chance(0.35)) {
        quantity = figureQuote(random, random.pick(snapshot.figures));
        citation.quote = quantity.quote;
      } else if (snapshot && random.chance(0.85)) {
        citation.quote = plainQuote(random, snapshot);
      } else if (!snapshot && random.chance(0.4)) {
        // An interview heard through the outlet that carried it: the quote is checked against that outlet's text.
        const via = pickSource(random, library, eligible);
        if (via.snapshot && !chosen.includes(via) && status !== 'confirmed') {
          citation.via = via;
          citation.quote = plainQuote(random, via.snapshot);
        }
      }
      if (random.chance(0.7)) {
        citation.locator = citation.source.snapshot
          ? `${random.pick(['p.', 'para.', 'section'])} ${random.int(1, 60)}`
          : `${random.int(0, 59)}:${String(random.int(0, 59)).padStart(2, '0')}`;
      }
    }

    const phraseWords = words(random, vocabulary, random.int(5, 12)).map((word) => word.replace(/,$/, ''));
    if (quantity) phraseWords.splice(random.int(1, phraseWords.length - 1), 0, ...quantity.figureWords);
    let id = slugOf(words(random, vocabulary, 2));
    if (ids.has(id) || id === '') id = `${id}-${c + 1}`.replace(/^-/, '');
    ids.add(id);
    const draft: ClaimDraft = { id, phrase: phraseWords.join(' '), status, citations };
    if (quantity) {
      draft.quantity = quantity.quantity;
      draft.figureWords = quantity.figureWords;
    }
    claims.push(draft);
  }
  return claims;
}

function claimYaml(random: Random, vocabulary: Vocabulary, claim: ClaimDraft): string[] {
  const lines = [
    `  - id: ${claim.id}`,
    `    text: ${yamlString(`${capitalise(claim.phrase)}.`)}`,
    `    status: ${claim.status}`,
  ];
  if (random.chance(0.3)) lines.push(`    confidence: ${random.pick(['high', 'moderate', 'low'])}`);
  if (random.chance(0.1))
    lines.push(`    note: ${yamlString(capitalise(`${words(random, vocabulary, random.int(8, 20)).join(' ')}.`))}`);
  if (claim.quantity) {
    const { value, unit, qualifier } = claim.quantity;
    lines.push(
      '    quantities:',
      `      - { value: ${value}, unit: ${yamlString(unit)}${qualifier ? `, qualifier: ${qualifier}` : ''} }`,
    );
  }
  lines.push('    citations:');
  for (const citation of claim.citations) {
    lines.push(`      - source: ${citation.source.id}`);
    if (citation.stance !== 'supports') lines.push(`        stance: ${citation.stance}`);
    if (citation.via) lines.push(`        via: ${citation.via.id}`);
    if (citation.locator) lines.push(`        locator: ${yamlString(citation.locator)}`);
    if (citation.quote) lines.push(`        quote: ${yamlString(citation.quote)}`);
  }
  return lines;
}

type Block = { kind: 'p'; sentences: string[] } | { kind: 'list'; items: string[] } | { kind: 'raw'; text: string };

function makeBody(
  random: Random,
  vocabulary: Vocabulary,
  claims: readonly ClaimDraft[],
): { text: string; words: number } {
  const target = random.int(1050, 1450);
  const blocks: Block[] = [];
  let count = 0;
  const paragraph = (): Block => {
    const sentences: string[] = [];
    const length = random.int(2, 7);
    for (let index = 0; index < length; index++) {
      const next = sentence(random, vocabulary);
      count += next.words.length;
      sentences.push(next.text);
    }
    return { kind: 'p', sentences };
  };
  blocks.push(paragraph(), paragraph());
  while (count < target) {
    const title = heading(random, vocabulary);
    count += title.split(' ').length;
    blocks.push({ kind: 'raw', text: `## ${title}` });
    const paragraphs = random.int(2, 5);
    for (let index = 0; index < paragraphs; index++) {
      blocks.push(paragraph());
      const roll = random.next();
      if (roll < 0.08) {
        const items = Array.from({ length: random.int(3, 5) }, () => {
          const item = words(random, vocabulary, random.int(4, 14));
          count += item.length;
          return capitalise(item.join(' ').replace(/,$/, ''));
        });
        blocks.push({ kind: 'list', items });
      } else if (roll < 0.11) {
        const rows = Array.from({ length: random.int(3, 5) }, () => {
          const label = capitalise(words(random, vocabulary, random.int(1, 3)).join(' ').replaceAll(',', ''));
          return `| ${label} | ${random.int(10, 9999).toLocaleString('en-US')} | ${random.int(10, 9999).toLocaleString('en-US')} |`;
        });
        const [a, b] = [random.int(2015, 2020), random.int(2021, 2025)];
        blocks.push({
          kind: 'raw',
          text: [`| ${heading(random, vocabulary)} | ${a} | ${b} |`, '| --- | ---: | ---: |', ...rows].join('\n'),
        });
      } else if (roll < 0.15) {
        blocks.push({ kind: 'raw', text: `> ${sentence(random, vocabulary).text}` });
      }
    }
  }

  // Each claim is marked once, as a sentence of its own in a paragraph or a list item, in order.
  const slots = blocks.flatMap((block, index) => (block.kind === 'raw' ? [] : [index]));
  claims.forEach((claim, position) => {
    const block = blocks[slots[Math.floor((position * slots.length) / claims.length)]!]!;
    const lead = random.pick([
      '',
      '',
      `${vocabulary.name(random)} said `,
      'Officials said ',
      'The report found that ',
      'According to the filing, ',
    ]);
    const text = `${lead}<Claim id="${claim.id}">${lead ? claim.phrase : capitalise(claim.phrase)}</Claim>.`;
    count += claim.phrase.split(' ').length;
    if (block.kind === 'p') block.sentences.splice(random.int(0, block.sentences.length), 0, text);
    else if (block.kind === 'list') {
      const item = random.int(0, block.items.length - 1);
      block.items[item] = `${block.items[item]!}; ${text.slice(0, -1)}`;
    }
  });

  const paragraphs = blocks.filter((block): block is Extract<Block, { kind: 'p' }> => block.kind === 'p');
  const target2 = random.pick(paragraphs);
  if (random.chance(0.5)) {
    const url = `https://www.${slugOf(words(random, vocabulary, 1))}.org/${slugOf(words(random, vocabulary, 3))}`;
    target2.sentences.push(
      `Read [${words(random, vocabulary, random.int(2, 5)).join(' ').replaceAll(',', '')}](${url}) for background.`,
    );
  }
  let footnote = '';
  if (random.chance(0.3)) {
    const last = random.pick(paragraphs).sentences;
    last[last.length - 1] = `${last.at(-1)!}[^1]`;
    footnote = `\n\n[^1]: ${capitalise(words(random, vocabulary, random.int(8, 25)).join(' '))}.`;
  }
  const emphasise = random.pick(paragraphs).sentences;
  emphasise[0] = emphasise[0]!.replace(/ (\p{Ll}{4,}) /u, ' *$1* ');

  const text = blocks
    .map((block) =>
      block.kind === 'p'
        ? block.sentences.join(' ')
        : block.kind === 'list'
          ? block.items.map((item) => `- ${item}`).join('\n')
          : block.text,
    )
    .join('\n\n');
  return { text: `${text}${footnote}\n`, words: count };
}

function makeBriefing(
  random: Random,
  vocabulary: Vocabulary,
  day: number,
  claims: readonly ClaimDraft[],
): { slugWords: string[]; text: string; bodyWords: number } {
  const quantities = claims.flatMap((claim) => (claim.quantity ? [claim.quantity] : []));
  const withFigure = claims.find((claim) => claim.figureWords);
  const titleWords = words(random, vocabulary, random.int(6, 12)).map((word) => word.replace(/,$/, ''));
  let title = capitalise(titleWords.join(' '));
  if (withFigure?.figureWords && random.chance(0.3)) {
    const figured = [...titleWords];
    figured.splice(random.int(2, figured.length - 1), 0, ...withFigure.figureWords);
    const candidate = capitalise(figured.join(' '));
    if (headlineIsBacked(candidate, quantities)) title = candidate;
  }
  if (!headlineIsBacked(title, quantities)) throw new Error(`generated title "${title}" states an unbacked figure`);
  const summary = Array.from({ length: random.int(1, 2) }, () => sentence(random, vocabulary).text).join(' ');
  if (!headlineIsBacked(summary, quantities))
    throw new Error(`generated summary "${summary}" states an unbacked figure`);

  const lines = ['---', `title: ${yamlString(title)}`, `summary: ${yamlString(summary)}`, `published: ${isoOf(day)}`];
  let updated: number | undefined;
  if (random.chance(0.2)) {
    updated = Math.min(LAST_DAY, day + random.int(1, 40));
    lines.push(`updated: ${isoOf(updated)}`);
  }
  const desks = random.sample(DESKS, random.chance(0.8) ? 1 : 2);
  lines.push(`authors: [${desks.map(yamlString).join(', ')}]`);
  const topics = new Set<string>();
  const drawTopic = zipf(TOPICS.length, 0.9);
  const topicCount = random.int(1, 4);
  while (topics.size < topicCount) topics.add(TOPICS[drawTopic(random)]!);
  lines.push(`topics: [${[...topics].join(', ')}]`, 'claims:');
  for (const claim of claims) lines.push(...claimYaml(random, vocabulary, claim));
  if (updated !== undefined && random.chance(0.25)) {
    lines.push(
      'corrections:',
      `  - date: ${isoOf(updated)}`,
      `    text: ${yamlString(capitalise(`${words(random, vocabulary, random.int(8, 18)).join(' ')}.`))}`,
    );
  }
  lines.push('---', '');
  const body = makeBody(random, vocabulary, claims);
  return {
    slugWords: titleWords.filter((word) => word.length > 3).slice(0, 4),
    text: `${lines.join('\n')}\n${body.text}`,
    bodyWords: body.words,
  };
}

const ASTRO_CONFIG = `// A synthetic publication for the benchmarks (npm run bench:corpus), built with the project's own
// src/ and exactly the project's settings (without astro/config, as the project's own config).
import project from '../../astro.config.mjs';

export default { ...project, srcDir: '../../src', publicDir: '../../public' };
`;

/** Writes the corpus for `n` and `seed`, replacing any earlier one, and returns what it holds. */
export function writeCorpus(n: number, seed: number): CorpusManifest {
  const root = corpusDir(n, seed);
  rmSync(root, { recursive: true, force: true });
  for (const folder of ['briefings', 'sources', 'snapshots'])
    mkdirSync(join(root, 'content', folder), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), ASTRO_CONFIG);

  const random = seededRandom(seed);
  const vocabulary = makeVocabulary(random);
  const lastBriefing = FIRST_BRIEFING + Math.floor(((n - 0.5) * (LAST_DAY - FIRST_BRIEFING)) / n);
  const briefingDay = (index: number): number =>
    FIRST_BRIEFING + Math.floor(((index + 0.5) * (LAST_DAY - FIRST_BRIEFING)) / n);
  const sourceCount = Math.max(2, Math.round(n / 2));
  const sourceSpan = lastBriefing - 1 - FIRST_SOURCE;
  const drawPublisher = zipf(PUBLISHERS.length, 0.9);

  let bytes = 0;
  const write = (path: string, text: string): void => {
    writeFileSync(join(root, path), text);
    bytes += Buffer.byteLength(text);
  };

  const sources: Source[] = [];
  for (let index = 0; index < sourceCount; index++) {
    const publisher = PUBLISHERS[drawPublisher(random)]!;
    const day = FIRST_SOURCE + Math.floor(((index + 0.5) * sourceSpan) / sourceCount);
    const id = `${slugOf(
      publisher.name
        .split(' ')
        .filter((word) => !['The', 'of', 'the', 'for'].includes(word))
        .slice(0, 2),
    )}-${isoOf(day).slice(0, 4)}-${slugOf(words(random, vocabulary, 1))}-${index}`;
    const source: Source = { id, publisher, day };
    if (publisher.host) {
      source.url = sourceUrl(random, vocabulary, publisher, day, index);
      source.snapshot = makeSnapshot(random, vocabulary, publisher, id);
    }
    const { yaml } = sourceFiles(random, vocabulary, source, index);
    write(`content/sources/${id}.yaml`, yaml);
    if (source.snapshot) write(`content/snapshots/${source.snapshot.file}`, snapshotText(id, source.snapshot));
    sources.push(source);
  }

  // Every source is cited: each is given to a briefing published on or after it, among the next few.
  const mustCite = new Map<number, Source[]>();
  let firstAfter = 0;
  for (const source of sources) {
    while (briefingDay(firstAfter) < source.day) firstAfter++;
    const briefing = Math.min(n - 1, firstAfter + random.int(0, 6));
    mustCite.set(briefing, [...(mustCite.get(briefing) ?? []), source]);
  }
  const byPopularity = random.sample(
    sources.map((_, index) => index),
    sources.length,
  );
  const library: Library = { sources, byPopularity, drawPopular: zipf(sources.length, 0.8) };

  let eligible = 0;
  let claimCount = 0;
  let citationCount = 0;
  let bodyWords = 0;
  const slugs = new Set<string>();
  for (let index = 0; index < n; index++) {
    const day = briefingDay(index);
    while (eligible < sources.length && sources[eligible]!.day <= day) eligible++;
    const claims = makeClaims(random, vocabulary, library, eligible, mustCite.get(index) ?? []);
    const briefing = makeBriefing(random, vocabulary, day, claims);
    let slug = slugOf(briefing.slugWords) || 'briefing';
    if (slugs.has(slug)) slug = `${slug}-${index}`;
    slugs.add(slug);
    write(`content/briefings/${slug}.mdx`, briefing.text);
    claimCount += claims.length;
    citationCount += claims.reduce((sum, claim) => sum + claim.citations.length, 0);
    bodyWords += briefing.bodyWords;
  }

  const manifest: CorpusManifest = {
    version: CORPUS_VERSION,
    n,
    seed,
    briefings: n,
    sources: sources.length,
    snapshots: sources.filter((source) => source.snapshot).length,
    claims: claimCount,
    citations: citationCount,
    bodyWords,
    bytes,
  };
  writeFileSync(join(root, 'corpus.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The corpus for `n` and `seed`, written only when missing or made by another version of this generator. */
export function ensureCorpus(n: number, seed: number): CorpusManifest {
  try {
    const manifest = JSON.parse(readFileSync(join(corpusDir(n, seed), 'corpus.json'), 'utf8')) as CorpusManifest;
    if (manifest.version === CORPUS_VERSION) return manifest;
  } catch {
    // No corpus yet.
  }
  return writeCorpus(n, seed);
}

function main(): void {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } },
  });
  const n = Number(values.n);
  const seed = Number(values.seed);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
    process.stderr.write('Usage: npm run bench:corpus -- --n <briefings> [--seed <integer>]\n');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const manifest = writeCorpus(n, seed);
  process.stdout.write(
    `wrote ${manifest.briefings} briefings (${manifest.claims} claims, ${manifest.citations} citations, ` +
      `${Math.round(manifest.bodyWords / n)} words each on average), ${manifest.sources} sources and ` +
      `${manifest.snapshots} snapshots, ${(manifest.bytes / 1e6).toFixed(1)} MB, to ${relative(REPO_ROOT, corpusDir(n, seed))}/ ` +
      `in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

if (import.meta.main) main();
