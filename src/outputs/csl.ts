import type { SourceEntry } from '../lib/briefing-view.ts';
import { formatDate } from '../lib/dates.ts';
import { SOURCE_KIND_LABELS } from '../lib/labels.ts';
import { httpUrl } from '../lib/safe-url.ts';
import type { SourceKind } from '../schemas/index.ts';

/** A CSL date: year, month and day as far as they are known (`[[2019]]`, `[[2019, 8]]`). */
export interface CslDate {
  'date-parts': [number[]];
}

/**
 * A CSL-JSON item, the form Zotero, Pandoc (citeproc) and most reference managers import. Only
 * the variables the library can fill are declared.
 */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  publisher: string;
  /** The outlet, for the types whose outlet is a periodical or a site rather than a publisher. */
  'container-title'?: string;
  genre: string;
  author?: { literal: string }[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  DOI?: string;
  ISBN?: string;
  ISSN?: string;
  PMID?: string;
  PMCID?: string;
  number?: string;
  archive?: string;
  archive_location?: string;
  note?: string;
}

/**
 * Source kinds as CSL item types. Zotero turns these into newspaper articles, reports, datasets,
 * cases, interviews, forum posts and documents; Pandoc styles format each type its own way.
 */
export const CSL_TYPES: Record<SourceKind, string> = {
  'official-report': 'report',
  'official-statement': 'document',
  'state-media': 'article-newspaper',
  'news-report': 'article-newspaper',
  'vendor-report': 'report',
  academic: 'article-journal',
  dataset: 'dataset',
  'court-record': 'legal_case',
  interview: 'interview',
  'social-post': 'post',
  other: 'document',
};

/** Types whose publisher is, to a reference manager, the periodical or site they appeared in. */
const IN_CONTAINER = new Set(['article-newspaper', 'article-journal', 'post']);

/** Identifier schemes that have a CSL variable of their own; others go into the note. */
const IDENTIFIER_VARIABLES: Record<string, 'DOI' | 'ISBN' | 'ISSN' | 'PMID' | 'PMCID' | 'number'> = {
  doi: 'DOI',
  isbn: 'ISBN',
  issn: 'ISSN',
  pmid: 'PMID',
  pmcid: 'PMCID',
  // A UN document symbol is the report's number, which Zotero shows as "Report Number".
  'un-symbol': 'number',
};

/** A full or partial ISO date as CSL date parts, keeping only the parts the editor gave. */
export function cslDate(date: string): CslDate {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/** The name of a web archive, for the CSL `archive` variable. */
function archiveName(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'web.archive.org') return 'Internet Archive';
  if (/^archive\.(today|ph|is|li|vn|fo|md)$/.test(host)) return 'archive.today';
  return host;
}

/** One source as a CSL-JSON item; addresses that are not http(s) are left out. */
export function cslItem(source: SourceEntry): CslItem {
  const type = CSL_TYPES[source.kind];
  const item: CslItem = {
    id: source.id,
    type,
    title: source.title,
    publisher: source.publisher,
    ...(IN_CONTAINER.has(type) && { 'container-title': source.publisher }),
    genre: SOURCE_KIND_LABELS[source.kind],
  };
  if (source.authors?.length) item.author = source.authors.map((name) => ({ literal: name }));
  if (source.published !== undefined) item.issued = cslDate(source.published);
  if (source.accessed !== undefined) item.accessed = cslDate(source.accessed);
  const url = httpUrl(source.url);
  if (url !== undefined) item.URL = url;
  if (source.language !== undefined) item.language = source.language;

  const noteLines: string[] = [];
  if (source.notes !== undefined) noteLines.push(source.notes);
  for (const [scheme, value] of Object.entries(source.identifiers ?? {})) {
    const variable = IDENTIFIER_VARIABLES[scheme.toLowerCase()];
    if (variable) item[variable] = value;
    else noteLines.push(`${scheme}: ${value}`);
  }
  const archiveUrl = httpUrl(source.archive?.url);
  if (source.archive && archiveUrl !== undefined) {
    // CSL has no variable for an archive copy's date; the note carries it for readers.
    item.archive = archiveName(new URL(archiveUrl));
    item.archive_location = archiveUrl;
    noteLines.push(`Archived copy of ${formatDate(source.archive.date)}: ${archiveUrl}`);
  }
  if (noteLines.length) item.note = noteLines.join('\n');
  return item;
}

/** The whole library as CSL-JSON, by id. */
export function cslLibrary(sources: Iterable<SourceEntry>): CslItem[] {
  return [...sources].sort((a, b) => a.id.localeCompare(b.id)).map(cslItem);
}
