import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { buildBriefingView, type SourceEntry } from '../../src/lib/briefing-view.ts';
import { correctionItems, correctionsFeedXml } from '../../src/outputs/corrections-feed.ts';
import { siteUrls } from '../../src/outputs/site-urls.ts';
import { briefingJsonLd } from '../../src/outputs/json-ld.ts';
import { briefingChanges } from '../../src/lib/status-changes.ts';
import { briefingSchema, sourceSchema, type BriefingInput } from '../../src/schemas/index.ts';

const HOSTILE = `</title><script>alert(1)</script> & "q" ]]>`;
const SOURCES = new Map<string, SourceEntry>([
  ['wire', { ...sourceSchema.parse({ title: 'Wire', publisher: 'Wire', kind: 'news-report' }), id: 'wire' }],
  ['agency', { ...sourceSchema.parse({ title: 'Agency', publisher: 'Agency', kind: 'state-media' }), id: 'agency' }],
]);
const urls = siteUrls('https://news.example.org');

function view(slug: string, input: BriefingInput) {
  return buildBriefingView(slug, briefingSchema.parse(input), [], SOURCES);
}

const OLDER = view('older', {
  title: 'Older briefing',
  summary: 'S.',
  published: '2024-03-01',
  updated: '2024-03-20',
  corrections: [{ date: '2024-03-05', text: 'An earlier version misnamed the port.' }],
  claims: [
    {
      id: 'estimate',
      text: 'The panel estimated $2bn.',
      status: 'denied',
      history: [
        { date: '2024-03-01', status: 'reported', note: 'First reported from the leak.' },
        { date: '2024-03-10', status: 'disputed', note: HOSTILE },
      ],
      citations: [{ source: 'wire' }, { source: 'agency', stance: 'disputes' }],
    },
  ],
});

const NEWER = view('newer', {
  title: 'Newer briefing',
  summary: 'S.',
  published: '2024-03-15',
  corrections: [{ date: '2024-03-15', text: HOSTILE }],
  claims: [{ id: 'a', text: 'A.', status: 'reported', citations: [{ source: 'wire' }] }],
});

describe('claim history and corrections', () => {
  it("dates each status change on the next entry's date, and the change to the current status on the briefing's update", () => {
    expect(
      briefingChanges(OLDER).map((change) =>
        change.kind === 'status' ? [change.date, change.from, change.to] : [change.date, 'correction'],
      ),
    ).toEqual([
      ['2024-03-20', 'disputed', 'denied'],
      ['2024-03-10', 'reported', 'disputed'],
      ['2024-03-05', 'correction'],
    ]);
  });

  it('lists every correction and status change of all briefings in /corrections.xml, newest first, as valid RSS 2.0', () => {
    const xml = correctionsFeedXml(
      correctionItems([NEWER, OLDER], urls),
      { name: 'Desk', description: 'D', language: 'en-GB' },
      urls,
    );
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      rss: {
        '@_version': string;
        channel: { item: { title: string; link: string; pubDate: string; guid: { '#text': string } }[] };
      };
    };
    expect(feed.rss['@_version']).toBe('2.0');
    const items = feed.rss.channel.item;
    expect(items.map((item) => [item.pubDate, item.title])).toEqual([
      ['Wed, 20 Mar 2024 00:00:00 GMT', 'Disputed to Denied: The panel estimated $2bn.'],
      ['Fri, 15 Mar 2024 00:00:00 GMT', 'Correction: Newer briefing'],
      ['Sun, 10 Mar 2024 00:00:00 GMT', 'Reported to Disputed: The panel estimated $2bn.'],
      ['Tue, 05 Mar 2024 00:00:00 GMT', 'Correction: Older briefing'],
    ]);
    expect(items[0]!.link).toBe('https://news.example.org/briefings/older/#claim-estimate');
    expect(items[1]!.link).toBe('https://news.example.org/briefings/newer/#corrections');
    expect(new Set(items.map((item) => item.guid['#text'])).size).toBe(items.length);
    // Hostile text arrives as text: the parser reads back exactly what the editor typed.
    expect(xml).not.toContain('<script>');
    expect(JSON.stringify(items)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('carries status changes in the JSON-LD as CorrectionComments beside the corrections', () => {
    const [article] = briefingJsonLd(OLDER, urls, { name: 'Desk', language: 'en-GB' })['@graph'] as {
      correction: unknown[];
    }[];
    expect(article!.correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2024-03-05', text: 'An earlier version misnamed the port.' },
      {
        '@type': 'CorrectionComment',
        datePublished: '2024-03-10',
        text: 'The claim “The panel estimated $2bn.” was reported and is now disputed. First reported from the leak.',
        about: { '@id': 'https://news.example.org/briefings/older/#claim-estimate' },
      },
      {
        '@type': 'CorrectionComment',
        datePublished: '2024-03-20',
        text: `The claim “The panel estimated $2bn.” was disputed and is now denied. ${HOSTILE}`,
        about: { '@id': 'https://news.example.org/briefings/older/#claim-estimate' },
      },
    ]);
  });
});
