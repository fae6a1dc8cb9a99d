import { validate as isUuid, version as uuidVersion } from 'uuid';
import { describe, expect, it } from 'vitest';
import { buildBriefingView, type SourceEntry } from '../../src/lib/briefing-view.ts';
import { safeJson } from '../../src/outputs/safe-json.ts';
import { siteUrls } from '../../src/outputs/site-urls.ts';
import { stixBundle, type StixNote, type StixOpinion, type StixReport } from '../../src/outputs/stix.ts';
import { briefingSchema, sourceSchema, type BriefingInput, type SourceInput } from '../../src/schemas/index.ts';
import { stixBundleValidator } from '../support/stix-schemas.ts';

const HOSTILE = `</script><script>alert("x")</script> & "q" \u2028 ]]>`;
const SHA = 'a'.repeat(64);
const TEXT_SHA = 'B'.repeat(64);

function source(id: string, input: SourceInput, capture?: NonNullable<SourceEntry['capture']>): SourceEntry {
  // `capture` is read defensively: a library may or may not have it.
  return { ...sourceSchema.parse(input), id, ...(capture && { capture }) };
}

const SOURCES = new Map<string, SourceEntry>(
  [
    source(
      'panel',
      {
        title: 'Panel report',
        publisher: 'UN Panel',
        kind: 'official-report',
        published: '2024-03',
        url: 'https://un.example.org/report',
        archive: {
          url: 'https://web.archive.org/web/20240302000000/https://un.example.org/report',
          date: '2024-03-02',
        },
      },
      { date: '2024-03-02', from: 'https://un.example.org/report', sha256: SHA, 'text-sha256': TEXT_SHA },
    ),
    source('wire', {
      title: 'Wire story',
      publisher: 'Example Wire',
      kind: 'news-report',
      url: 'https://wire.example/s',
    }),
    source('denial', { title: HOSTILE, publisher: 'State agency', kind: 'state-media', url: 'javascript:alert(1)' }),
  ].map((entry) => [entry.id, entry]),
);

const INPUT: BriefingInput = {
  title: 'Panel puts thefts at $2bn',
  summary: 'The panel estimates; the state denies.',
  published: '2024-03-12',
  updated: '2024-03-20',
  topics: ['cyber-crime'],
  claims: [
    {
      id: 'estimate',
      text: 'The panel estimated thefts of up to $2bn.',
      status: 'denied',
      confidence: 'high',
      history: [{ date: '2024-03-12', status: 'reported', note: 'The denial came a week later.' }],
      citations: [
        { source: 'panel', via: 'wire', quote: 'up to two billion', locator: 'p. 4' },
        { source: 'panel', locator: 'p. 9' },
        { source: 'denial', stance: 'disputes', quote: HOSTILE },
        { source: 'wire', stance: 'context' },
      ],
    },
  ],
};

const urls = siteUrls('https://news.example.org');
const publication = { name: 'Example Briefings', url: urls.root };

function bundleFor(input: BriefingInput = INPUT, site = publication) {
  return stixBundle(
    buildBriefingView('thefts', briefingSchema.parse(input), ['estimate'], SOURCES),
    SOURCES,
    site,
    urls,
  );
}

describe('a briefing as a STIX 2.1 bundle', () => {
  it('passes the OASIS STIX 2.1 bundle schema', () => {
    const validate = stixBundleValidator();
    const valid = validate(JSON.parse(safeJson(bundleFor())));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is refused by the same schema when an object breaks STIX (so the check above means something)', () => {
    const broken = bundleFor();
    (broken.objects[1] as StixReport).published = '12 March 2024';
    expect(stixBundleValidator()(JSON.parse(JSON.stringify(broken)))).toBe(false);
  });

  it('gives every object the same UUIDv5 id at every build, unique within the bundle', () => {
    const first = bundleFor();
    const again = bundleFor();
    const ids = first.objects.map((object) => object.id);
    expect(again.objects.map((object) => object.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [first.id, ...ids]) {
      const uuid = id.split('--')[1]!;
      expect(isUuid(uuid)).toBe(true);
      expect(uuidVersion(uuid)).toBe(5);
    }
  });

  it('gives another publication other ids for a briefing of the same slug', () => {
    const other = bundleFor(INPUT, { name: 'Other', url: 'https://other.example.net/' });
    const mine = new Set(bundleFor().objects.map((object) => object.id));
    expect(other.objects.filter((object) => mine.has(object.id))).toEqual([]);
  });

  it('makes the briefing a report by the publication, naming every claim and citation', () => {
    const [identity, report, ...rest] = bundleFor().objects;
    expect(identity).toMatchObject({ type: 'identity', name: 'Example Briefings', identity_class: 'organization' });
    expect(report).toMatchObject({
      type: 'report',
      name: INPUT.title,
      description: INPUT.summary,
      published: '2024-03-12T00:00:00.000Z',
      created: '2024-03-12T00:00:00.000Z',
      modified: '2024-03-20T00:00:00.000Z',
      created_by_ref: identity!.id,
      labels: ['cyber-crime'],
      external_references: [{ source_name: 'Example Briefings', url: 'https://news.example.org/briefings/thefts/' }],
    });
    expect((report as StixReport).object_refs).toEqual(rest.map((object) => object.id));
  });

  it('makes each claim a note on the report with its text, status, confidence and history', () => {
    const objects = bundleFor().objects;
    const note = objects.find((object): object is StixNote => object.type === 'note')!;
    expect(note.object_refs).toEqual([objects[1]!.id]);
    expect(note.abstract).toBe('The panel estimated thefts of up to $2bn.');
    expect(note.content).toContain('Status: Denied.');
    expect(note.content).toContain('Confidence: High confidence.');
    expect(note.content).toContain('Earlier status, from 2024-03-12: Reported. The denial came a week later.');
    expect(note.confidence).toBe(85);
    expect(note.labels).toEqual(['status:denied']);
    expect(note.external_references).toEqual([
      {
        source_name: 'Example Briefings',
        url: 'https://news.example.org/briefings/thefts/#claim-estimate',
        external_id: 'estimate',
      },
    ]);
  });

  it("makes each citation the source's opinion of the claim: supports agree, disputes disagree, context neutral", () => {
    const objects = bundleFor().objects;
    const noteId = objects.find((object) => object.type === 'note')!.id;
    const opinions = objects.filter((object): object is StixOpinion => object.type === 'opinion');
    expect(opinions.map((opinion) => [opinion.authors[0], opinion.opinion])).toEqual([
      ['UN Panel', 'agree'],
      ['UN Panel', 'agree'],
      ['State agency', 'disagree'],
      ['Example Wire', 'neutral'],
    ]);
    for (const opinion of opinions) expect(opinion.object_refs).toEqual([noteId]);
    expect(opinions[0]!.explanation).toBe(
      'UN Panel, "Panel report", at p. 4: "up to two billion". Seen via Example Wire, "Wire story".',
    );
  });

  it('carries the source, its archive copy, its capture hashes and the via source as external references', () => {
    const opinion = bundleFor().objects.find((object): object is StixOpinion => object.type === 'opinion')!;
    expect(opinion.external_references).toEqual([
      {
        source_name: 'UN Panel',
        description: 'Panel report (Official report, 2024-03)',
        external_id: 'panel',
        url: 'https://un.example.org/report',
        hashes: { 'SHA-256': SHA },
      },
      {
        source_name: 'web archive',
        description: 'Archived copy of "Panel report", taken 2024-03-02',
        url: 'https://web.archive.org/web/20240302000000/https://un.example.org/report',
      },
      {
        source_name: 'text snapshot',
        description: 'The text of "Panel report" the publication checked quotes against, captured 2024-03-02',
        hashes: { 'SHA-256': TEXT_SHA.toLowerCase() },
      },
      {
        source_name: 'Example Wire',
        description: 'Wire story (News report)',
        external_id: 'wire',
        url: 'https://wire.example/s',
      },
    ]);
  });

  it('leaves out addresses that are not http(s) and keeps hostile text inert in the JSON', () => {
    const bundle = bundleFor();
    const text = safeJson(bundle);
    expect(text).not.toContain('javascript:');
    expect(text).not.toMatch(/<\/?script/);
    expect(text).not.toContain('\u2028');
    const denial = bundle.objects.find(
      (object): object is StixOpinion => object.type === 'opinion' && object.opinion === 'disagree',
    )!;
    expect(denial.explanation).toContain(HOSTILE);
  });
});
