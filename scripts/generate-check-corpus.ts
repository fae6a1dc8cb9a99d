/**
 * Writes a synthetic publication for timing `npm run check` at scale: N briefings of about 1,500
 * words with 10 to 20 claims of 1 to 4 citations each, and N/2 sources with snapshots. Every quote is
 * copied from its source's snapshot and every quantity is one its quote states, so the corpus checks
 * without an error. The same --n always gives the same files.
 *
 *   node scripts/generate-check-corpus.ts --n 1000 --out /tmp/corroborate-corpus
 *   npm run check -- --root /tmp/corroborate-corpus
 *
 * A throwaway: it writes into an empty folder of your choosing, never into the project's content/.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: node scripts/generate-check-corpus.ts --n <briefings> --out <empty folder outside content/>';

/** A small, fast, seeded generator (mulberry32): the corpus must be the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(20191016);
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const PUBLISHERS = [
  'Northern Wire',
  'The Harbour Times',
  'Capital Ledger',
  'Seoul Daily Examiner',
  'Global Finance Review',
  'The Evening Standard-Bearer',
  'Pacific Newswire',
  'Cyber Policy Monitor',
  'The Sanctions Brief',
  'Frontier Security Journal',
  'Bank Risk Weekly',
  'The Continental Post',
];
const KINDS = ['news-report', 'official-report', 'vendor-report', 'academic', 'official-statement'] as const;

const SUBJECTS = [
  'the panel',
  'investigators',
  'the security firm',
  'the central bank',
  'the exchange',
  'analysts',
  'the ministry',
  'regulators',
  'the prosecutors',
  'the researchers',
];
const VERBS = ['said', 'reported', 'found', 'concluded', 'noted', 'estimated', 'argued', 'warned'];
const CLAUSES = [
  'the attackers had studied the payment system for months before they moved',
  'the intrusion began with a phishing message sent to a junior employee',
  'the stolen funds were laundered through several casinos and exchanges',
  'the group reused tools seen in earlier attacks on banks in the region',
  'the transfers were timed to fall on a public holiday',
  'the hackers deleted logs to slow down the investigation',
  'the malware was signed with a certificate stolen from a software vendor',
  'most of the money was never recovered',
  'the operation relied on accounts opened under false names',
  'staff noticed the problem only when a printer stopped working',
  'the attackers targeted smaller exchanges with weaker controls',
  'the funds moved through a chain of wallets within hours',
];
/** Sentences that state a figure, with the quantity a claim may give for it. */
const FIGURES: readonly ((n: number) => { text: string; value: number; unit: string })[] = [
  (n) => ({
    text: `investigators said ${(n * 97).toLocaleString('en-US')} customer accounts were affected by the breach`,
    value: n * 97,
    unit: 'accounts',
  }),
  (n) => ({ text: `the exchange said losses reached $${n}m before trading was halted`, value: n * 1e6, unit: 'USD' }),
  (n) => ({
    text: `the bank put the missing sum at $${(n % 9) + 1}.${n % 10}bn in its filing`,
    value: ((n % 9) + 1) * 1e9 + (n % 10) * 1e8,
    unit: 'USD',
  }),
  (n) => ({ text: `phishing attempts against lenders rose ${n} per cent over the period`, value: n, unit: '%' }),
  (n) => ({
    text: `the group has hit targets in ${n} countries since the campaign began`,
    value: n,
    unit: 'countries',
  }),
  (n) => ({ text: `analysts counted ${n} intrusions attributed to the unit`, value: n, unit: 'intrusions' }),
];
const PROSE = [
  'officials',
  'declined',
  'to',
  'comment',
  'on',
  'the',
  'details',
  'of',
  'investigation',
  'while',
  'banks',
  'across',
  'region',
  'reviewed',
  'their',
  'controls',
  'and',
  'warned',
  'customers',
  'about',
  'messages',
  'asking',
  'for',
  'passwords',
  'sanctions',
  'experts',
  'say',
  'that',
  'cyber',
  'theft',
  'has',
  'become',
  'a',
  'steady',
  'source',
  'income',
  'state',
  'some',
  'governments',
  'have',
  'called',
  'stronger',
  'rules',
  'exchanges',
  'payment',
  'networks',
  'already',
  'changed',
  'procedures',
  'after',
  'earlier',
  'attacks',
];

interface Sentence {
  text: string;
  figure?: { value: number; unit: string };
}

interface Source {
  id: string;
  publisher: string;
  sentences: Sentence[];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function makeSource(index: number): Source {
  const sentences: Sentence[] = [];
  for (let s = 0; s < 30; s++) {
    if (s % 3 === 0) {
      const figure = pick(FIGURES)(between(3, 90));
      sentences.push({ text: capitalise(figure.text), figure: { value: figure.value, unit: figure.unit } });
    } else {
      sentences.push({ text: `${capitalise(pick(SUBJECTS))} ${pick(VERBS)} that ${pick(CLAUSES)}` });
    }
  }
  return {
    id: `source-${String(index).padStart(4, '0')}`,
    publisher: PUBLISHERS[index % PUBLISHERS.length]!,
    sentences,
  };
}

function sourceFiles(source: Source, index: number): { yaml: string; snapshot: string } {
  const month = String((index % 6) + 1).padStart(2, '0');
  const day = String((index % 27) + 1).padStart(2, '0');
  const url = `https://news${index % 40}.example.org/2019/${month}/${day}/${source.id}`;
  const yaml = [
    `title: ${JSON.stringify(`Report ${source.id} on attacks against banks and exchanges`)}`,
    `publisher: ${JSON.stringify(source.publisher)}`,
    `kind: ${KINDS[index % KINDS.length]!}`,
    `published: 2019-${month}-${day}`,
    `url: ${url}`,
    'archive:',
    `  url: https://web.archive.org/web/2019${month}${day}120000/${url}`,
    `  date: 2019-${month}-${day}`,
    'language: en',
    `snapshot: ${source.id}.txt`,
    '',
  ].join('\n');
  const paragraphs: string[] = [];
  for (let s = 0; s < source.sentences.length; s += 5) {
    paragraphs.push(
      source.sentences
        .slice(s, s + 5)
        .map((sentence) => `${sentence.text}.`)
        .join(' '),
    );
  }
  return { yaml, snapshot: `Report ${source.id}\n\n${paragraphs.join('\n\n')}\n` };
}

function prose(words: number): string {
  const out: string[] = [];
  for (let w = 0; w < words; w++) out.push(pick(PROSE));
  return `${capitalise(out.join(' '))}.`;
}

function makeBriefing(index: number, sources: readonly Source[]): string {
  const claimCount = between(10, 20);
  const claims: string[] = [];
  const marks: string[] = [];
  for (let c = 1; c <= claimCount; c++) {
    const id = `claim-${String(c).padStart(2, '0')}`;
    const chosen = new Set<Source>();
    // The first claim of briefing i cites source i, so every source is cited somewhere.
    if (c === 1) chosen.add(sources[index % sources.length]!);
    const wanted = Math.min(between(1, 4), sources.length);
    while (chosen.size < wanted) chosen.add(pick(sources));
    const cited = [...chosen];
    const publishers = new Set(cited.map((source) => source.publisher));
    const roll = random();
    let status = 'reported';
    if (roll < 0.1 && publishers.size >= 2) status = 'confirmed';
    else if (roll < 0.2 && cited.length >= 2) status = 'disputed';
    else if (roll < 0.3 && cited.length >= 2) status = 'denied';
    const withQuantity = random() < 0.4;
    let quantity: { value: number; unit: string } | undefined;
    const citations = cited.map((source, position) => {
      const supports = position === 0 || status === 'reported' || status === 'confirmed';
      const stance = supports ? 'supports' : 'disputes';
      const needsFigure = withQuantity && position === 0;
      const sentence = pick(source.sentences.filter((candidate) => (candidate.figure !== undefined) === needsFigure));
      if (needsFigure) quantity = sentence.figure;
      // A via is only added where it cannot make a confirmed claim rest on one source.
      const via = status !== 'confirmed' && position > 0 && random() < 0.15 ? cited[0]!.id : undefined;
      return [
        `      - source: ${source.id}`,
        ...(stance === 'supports' ? [] : [`        stance: ${stance}`]),
        ...(via === undefined ? [] : [`        via: ${via}`]),
        `        locator: p. ${between(1, 40)}`,
        `        quote: ${JSON.stringify(sentence.text)}`,
      ].join('\n');
    });
    claims.push(
      [
        `  - id: ${id}`,
        `    text: ${JSON.stringify(`${capitalise(pick(SUBJECTS))} ${pick(VERBS)} that ${pick(CLAUSES)}.`)}`,
        `    status: ${status}`,
        ...(quantity ? [`    quantities:`, `      - { value: ${quantity.value}, unit: '${quantity.unit}' }`] : []),
        '    citations:',
        ...citations,
      ].join('\n'),
    );
    marks.push(`<Claim id="${id}">${pick(SUBJECTS)} ${pick(VERBS)} that ${pick(CLAUSES)}</Claim>`);
  }

  const body: string[] = [];
  marks.forEach((mark, position) => {
    if (position % 4 === 0) body.push(`## ${capitalise(pick(CLAUSES))}`);
    body.push(`${prose(between(28, 40))} According to the reports, ${mark}. ${prose(between(28, 40))}`);
    if (position % 5 === 2) body.push(`- ${prose(8)}\n- ${prose(8)}\n- ${prose(8)}`);
  });
  body.push(`Read the [earlier report](https://news${index % 40}.example.org/) for background.[^1]`);
  body.push(`[^1]: ${prose(20)}`);

  const month = String((index % 12) + 1).padStart(2, '0');
  return [
    '---',
    // No figures in the title or summary: a figure there needs a claim's quantity to back it.
    `title: ${JSON.stringify(capitalise(pick(CLAUSES)))}`,
    `summary: ${JSON.stringify('Investigators and security firms describe how the attacks were carried out and what was taken.')}`,
    `published: 2020-${month}-15`,
    'authors: [Briefings desk]',
    'topics: [cyber-crime, sanctions]',
    'claims:',
    ...claims,
    '---',
    '',
    body.join('\n\n'),
    '',
  ].join('\n');
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, out: { type: 'string' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const count = Number(values.n);
  const out = values.out === undefined ? undefined : resolve(values.out);
  const inContent = out !== undefined && !relative(resolve('content'), out).startsWith('..');
  if (!Number.isInteger(count) || count < 1 || out === undefined || inContent) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  let existing: string[] = [];
  try {
    existing = readdirSync(out);
  } catch {
    // A folder that does not exist yet is as good as an empty one.
  }
  if (existing.length > 0) {
    process.stderr.write(`${out} is not empty; choose an empty folder\n`);
    process.exitCode = 2;
    return;
  }

  const sources = Array.from({ length: Math.max(2, Math.round(count / 2)) }, (_, index) => makeSource(index));
  for (const folder of ['briefings', 'sources', 'snapshots'])
    mkdirSync(join(out, 'content', folder), { recursive: true });
  sources.forEach((source, index) => {
    const { yaml, snapshot } = sourceFiles(source, index);
    writeFileSync(join(out, 'content/sources', `${source.id}.yaml`), yaml);
    writeFileSync(join(out, 'content/snapshots', `${source.id}.txt`), snapshot);
  });
  for (let index = 0; index < count; index++) {
    const slug = `briefing-${String(index).padStart(4, '0')}`;
    writeFileSync(join(out, 'content/briefings', `${slug}.mdx`), makeBriefing(index, sources));
  }
  process.stdout.write(`wrote ${count} briefings and ${sources.length} sources with snapshots to ${out}\n`);
}

main();
