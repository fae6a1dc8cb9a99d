/** The fixed cast of a synthetic publication: who publishes sources, and what briefings are about. */
import type { SourceKind } from '../../src/schemas/index.ts';

export interface Publisher {
  name: string;
  kind: SourceKind;
  /** The host its addresses use; none for kinds that are not read on the web. */
  host?: string;
  /** Snapshot length in words, low and high. */
  words: readonly [number, number];
}

const NEWS: readonly [number, number] = [350, 900];
const REPORT: readonly [number, number] = [900, 2400];
const SHORT: readonly [number, number] = [150, 500];

/** Roughly in order of how often a newsroom cites them; citations are drawn with Zipf weights. */
export const PUBLISHERS: readonly Publisher[] = [
  { name: 'Northern Wire', kind: 'news-report', host: 'www.northernwire.com', words: NEWS },
  { name: 'The Harbour Times', kind: 'news-report', host: 'www.harbourtimes.co.uk', words: NEWS },
  { name: 'Pacific Newswire', kind: 'news-report', host: 'pacificnewswire.com', words: NEWS },
  { name: 'Capital Ledger', kind: 'news-report', host: 'www.capitalledger.com', words: NEWS },
  { name: 'Office of the Auditor General', kind: 'official-report', host: 'www.oag.gov.example', words: REPORT },
  { name: 'Ministry of Finance', kind: 'official-statement', host: 'www.mof.gov.example', words: SHORT },
  { name: 'The Continental Post', kind: 'news-report', host: 'www.continentalpost.eu', words: NEWS },
  { name: 'Cobalt Threat Labs', kind: 'vendor-report', host: 'research.cobaltlabs.io', words: REPORT },
  { name: 'National News Agency', kind: 'state-media', host: 'www.nna.example', words: SHORT },
  { name: 'Global Finance Review', kind: 'news-report', host: 'www.globalfinancereview.com', words: NEWS },
  { name: 'High Court of Justice', kind: 'court-record', host: 'www.judiciary.example', words: REPORT },
  { name: 'National Statistics Office', kind: 'dataset', host: 'data.statistics.gov.example', words: SHORT },
  { name: 'Seoul Daily Examiner', kind: 'news-report', host: 'www.seouldailyexaminer.kr', words: NEWS },
  { name: 'Institute for Policy Research', kind: 'academic', host: 'www.ipr.ac.example', words: REPORT },
  { name: 'Central Bank', kind: 'official-report', host: 'www.centralbank.example', words: REPORT },
  { name: 'Ministry of Foreign Affairs', kind: 'official-statement', host: 'www.mfa.gov.example', words: SHORT },
  { name: 'Sentinel Security', kind: 'vendor-report', host: 'www.sentinelsecurity.com', words: REPORT },
  { name: 'The Morning Dispatch', kind: 'news-report', host: 'www.morningdispatch.com', words: NEWS },
  { name: 'State Broadcasting Corporation', kind: 'state-media', host: 'english.sbc.example', words: SHORT },
  { name: 'Riverside Herald', kind: 'news-report', host: 'www.riversideherald.com', words: NEWS },
  { name: 'Financial Conduct Board', kind: 'official-report', host: 'www.fcb.example', words: REPORT },
  { name: 'Journal of Financial Crime Studies', kind: 'academic', host: 'journals.jfcs.example', words: REPORT },
  { name: 'Atlantic Observer', kind: 'news-report', host: 'www.atlanticobserver.com', words: NEWS },
  { name: 'Police Service Press Office', kind: 'official-statement', host: 'www.police.example', words: SHORT },
  { name: 'Ironbark Intelligence', kind: 'vendor-report', host: 'ironbark-intel.com', words: REPORT },
  {
    name: 'District Court for the Southern District',
    kind: 'court-record',
    host: 'www.sdcourt.example',
    words: REPORT,
  },
  { name: 'Metro Business Daily', kind: 'news-report', host: 'www.metrobusinessdaily.com', words: NEWS },
  { name: 'Open Trade Data', kind: 'dataset', host: 'opentradedata.org', words: SHORT },
  { name: 'Parliamentary Budget Office', kind: 'official-report', host: 'www.pbo.parliament.example', words: REPORT },
  { name: 'The Frontier Chronicle', kind: 'news-report', host: 'www.frontierchronicle.com', words: NEWS },
  { name: 'Chirp', kind: 'social-post', host: 'chirp.social', words: [20, 70] },
  { name: 'Bluefin Analytics', kind: 'vendor-report', host: 'www.bluefin-analytics.com', words: REPORT },
  { name: 'University of Eastmoor', kind: 'academic', host: 'www.eastmoor.ac.uk', words: REPORT },
  { name: 'Evening Bulletin', kind: 'news-report', host: 'www.eveningbulletin.net', words: NEWS },
  { name: 'Lakeside Gazette', kind: 'news-report', host: 'www.lakesidegazette.com', words: NEWS },
  { name: 'Velmora Holdings', kind: 'other', host: 'www.velmoraholdings.com', words: SHORT },
  { name: 'The Policy Desk', kind: 'news-report', host: 'www.thepolicydesk.org', words: NEWS },
  { name: 'Global Price Index Project', kind: 'dataset', host: 'www.gpip.org', words: SHORT },
  { name: 'Office of the President', kind: 'official-statement', host: 'www.president.example', words: SHORT },
  { name: 'Northern Wire radio', kind: 'interview', words: [0, 0] },
  { name: 'Pacific Newswire podcast', kind: 'interview', words: [0, 0] },
  { name: 'Capital Ledger television', kind: 'interview', words: [0, 0] },
];

/** Topic slugs, commonest first; a topic's page lists every briefing tagged with it. */
export const TOPICS: readonly string[] = [
  'sanctions', 'cyber-crime', 'elections', 'public-health', 'climate', 'energy', 'trade', 'central-banks',
  'corruption', 'courts', 'migration', 'crypto-assets', 'disinformation', 'shipping', 'agriculture', 'housing',
  'labour', 'defence', 'telecoms', 'aviation', 'water', 'mining', 'tax', 'press-freedom', 'space', 'fisheries',
  'pensions', 'ai-regulation', 'data-protection', 'human-rights', 'food-prices', 'education', 'transport',
  'north-korea', 'supply-chains', 'debt',
]; // prettier-ignore

/** Bylines; a briefing has one or two. */
export const DESKS: readonly string[] = [
  'Briefings desk', 'Economics desk', 'Security desk', 'Climate desk', 'Investigations desk', 'Asia desk',
  'Europe desk', 'Data team',
]; // prettier-ignore

export const LANGUAGES: readonly string[] = ['en', 'en', 'en', 'en', 'en', 'en', 'ko', 'fr', 'de', 'es', 'pt-BR'];
