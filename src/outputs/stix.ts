import { v5 as uuidv5 } from 'uuid';
import type { BriefingView, CitationUse, ClaimView, SourceEntry } from '../lib/briefing-view.ts';
import { CONFIDENCE_LABELS, SOURCE_KIND_LABELS, STATUS_LABELS } from '../lib/labels.ts';
import { httpUrl } from '../lib/safe-url.ts';
import type { ClaimHistoryEntry, Confidence, Stance } from '../schemas/index.ts';
import type { Publication } from './publication.ts';
import type { SiteUrls } from './site-urls.ts';
import { lookUpSource } from './source-record.ts';

/** Where a briefing's STIX bundle is published, beside its page and evidence pack. */
export function stixPath(slug: string): string {
  return `/briefings/${slug}.stix.json`;
}

/** A STIX 2.1 external reference: a pointer to something outside STIX, here a source. */
export interface StixExternalReference {
  source_name: string;
  description?: string;
  url?: string;
  external_id?: string;
  hashes?: Record<string, string>;
}

/** The properties every STIX domain object of the bundle has. */
interface StixCommon {
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  created_by_ref?: string;
  labels?: string[];
  confidence?: number;
  lang?: string;
  external_references?: StixExternalReference[];
}

export interface StixIdentity extends StixCommon {
  type: 'identity';
  name: string;
  identity_class: 'organization';
}

export interface StixReport extends StixCommon {
  type: 'report';
  name: string;
  description: string;
  published: string;
  report_types: string[];
  object_refs: string[];
}

export interface StixNote extends StixCommon {
  type: 'note';
  abstract?: string;
  content: string;
  authors?: string[];
  object_refs: string[];
}

export interface StixOpinion extends StixCommon {
  type: 'opinion';
  explanation: string;
  authors: string[];
  opinion: StixOpinionValue;
  object_refs: string[];
}

export type StixObject = StixIdentity | StixReport | StixNote | StixOpinion;

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** STIX's fixed agreement scale (the opinion-enum of STIX 2.1, section 10.8). */
export type StixOpinionValue = 'strongly-disagree' | 'disagree' | 'neutral' | 'agree' | 'strongly-agree';

/**
 * A citation's stance as the source's opinion of the claim: a source that supports the claim
 * agrees with it, one that disputes it disagrees, and context takes no side.
 */
export const STANCE_OPINIONS: Record<Stance, StixOpinionValue> = {
  supports: 'agree',
  disputes: 'disagree',
  context: 'neutral',
};

/**
 * The publication's confidence on STIX's 0–100 scale, by the spec's own mapping of the
 * Low/Med/High scale (STIX 2.1 Appendix A): low 15, moderate 50, high 85.
 */
export const CONFIDENCE_SCORES: Record<Confidence, number> = { low: 15, moderate: 50, high: 85 };

/**
 * How a snapshot was captured (the source's `capture`, contract of 2026-12-04). Read defensively:
 * a library written before the field existed has none, and a capture is only exported when its
 * hashes are well-formed SHA-256 digests.
 */
interface Capture {
  date?: string;
  from?: string;
  sha256?: string;
  'text-sha256'?: string;
}

const SHA256 = /^[0-9a-f]{64}$/i;

function captureOf(source: SourceEntry): Capture | undefined {
  const capture = (source as { capture?: unknown }).capture;
  if (typeof capture !== 'object' || capture === null) return undefined;
  const text = (key: keyof Capture): string | undefined => {
    const value = (capture as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : undefined;
  };
  const found: Capture = {};
  for (const key of ['date', 'from', 'sha256', 'text-sha256'] as const) {
    const value = text(key);
    if (value !== undefined) found[key] = value;
  }
  return found;
}

/** A day as a STIX timestamp: midnight UTC, to the millisecond as STIX requires. */
function timestamp(date: string): string {
  return `${date}T00:00:00.000Z`;
}

/**
 * Ids are UUIDv5 (name-based, SHA-1) in a namespace derived from the publication's address, named
 * by the object's own id: the same briefing, claim or citation gets the same STIX id at every
 * build, so a platform that imports the bundle again updates its objects instead of duplicating
 * them, and two publications never share an id.
 */
export function stixIds(publicationUrl: string) {
  const namespace = uuidv5(publicationUrl, uuidv5.URL);
  const id = (type: string, name: string) => `${type}--${uuidv5(`${type}:${name}`, namespace)}`;
  return {
    publication: () => id('identity', 'publication'),
    bundle: (slug: string) => id('bundle', slug),
    report: (slug: string) => id('report', slug),
    claim: (slug: string, claimId: string) => id('note', `${slug}/${claimId}`),
    citation: (slug: string, claimId: string, key: string) => id('opinion', `${slug}/${claimId}/${key}`),
  };
}

/** The source, its archive copy and its capture, as STIX external references. */
function sourceReferences(source: SourceEntry): StixExternalReference[] {
  const references: StixExternalReference[] = [];
  const capture = captureOf(source);
  const main: StixExternalReference = {
    source_name: source.publisher,
    description: `${source.title} (${SOURCE_KIND_LABELS[source.kind]}${source.published ? `, ${source.published}` : ''})`,
    external_id: source.id,
  };
  const url = httpUrl(source.url);
  if (url !== undefined) main.url = url;
  // The hash of the page or PDF as fetched identifies the very document the quote was checked in.
  if (capture?.sha256 !== undefined && SHA256.test(capture.sha256))
    main.hashes = { 'SHA-256': capture.sha256.toLowerCase() };
  references.push(main);
  const archiveUrl = httpUrl(source.archive?.url);
  if (source.archive && archiveUrl !== undefined) {
    references.push({
      source_name: 'web archive',
      description: `Archived copy of "${source.title}", taken ${source.archive.date}`,
      url: archiveUrl,
    });
  }
  const textSha = capture?.['text-sha256'];
  if (textSha !== undefined && SHA256.test(textSha)) {
    references.push({
      source_name: 'text snapshot',
      description: `The text of "${source.title}" the publication checked quotes against${capture?.date ? `, captured ${capture.date}` : ''}`,
      hashes: { 'SHA-256': textSha.toLowerCase() },
    });
  }
  return references;
}

/** What the claim's note says: the claim, its status and confidence, its note and its history. */
function claimContent(claim: ClaimView, history: readonly ClaimHistoryEntry[]): string {
  const lines = [
    claim.text,
    '',
    `Status: ${STATUS_LABELS[claim.status].label}. ${STATUS_LABELS[claim.status].meaning}`,
  ];
  if (claim.confidence) lines.push(`Confidence: ${CONFIDENCE_LABELS[claim.confidence].label}.`);
  if (claim.note) lines.push(`Note: ${claim.note}`);
  for (const entry of history) {
    lines.push(`Earlier status, from ${entry.date}: ${STATUS_LABELS[entry.status].label}. ${entry.note}`);
  }
  return lines.join('\n');
}

/** Why the source holds its opinion of the claim: who said what, where, and through whom. */
function citationExplanation(use: CitationUse, source: SourceEntry): string {
  const parts = [`${source.publisher}, "${source.title}"`];
  if (use.locator) parts.push(`at ${use.locator}`);
  let text = parts.join(', ');
  if (use.quote) text += `: "${use.quote}"`;
  if (use.via) text += `. Seen via ${use.via.publisher}, "${use.via.title}"`;
  return `${text}.`;
}

/**
 * `/briefings/<slug>.stix.json`: a briefing as a STIX 2.1 bundle for threat-intelligence platforms
 * (OpenCTI, MISP). The briefing is a `report` created by the publication's `identity`; each claim
 * is a `note` on the report; each citation is the source's `opinion` of the claim on STIX's
 * agree/disagree scale, with the source, its archive copy and its capture hashes as external
 * references.
 */
export function stixBundle(
  view: BriefingView,
  sources: ReadonlyMap<string, SourceEntry>,
  publication: Publication,
  urls: SiteUrls,
): StixBundle {
  const ids = stixIds(publication.url);
  const { data, slug } = view;
  const created = timestamp(data.published);
  const modified = timestamp(data.updated ?? data.published);
  const common = { spec_version: '2.1' as const, created, modified };
  const identity: StixIdentity = {
    type: 'identity',
    ...common,
    id: ids.publication(),
    name: publication.name,
    identity_class: 'organization',
    external_references: [{ source_name: publication.name, url: publication.url }],
  };
  const attributed = { ...common, created_by_ref: identity.id };
  const reportId = ids.report(slug);

  const claimObjects: (StixNote | StixOpinion)[] = [];
  for (const claim of view.claims) {
    const history = data.claims.find((entry) => entry.id === claim.id)?.history ?? [];
    const noteId = ids.claim(slug, claim.id);
    const note: StixNote = {
      type: 'note',
      ...attributed,
      id: noteId,
      abstract: claim.text,
      content: claimContent(claim, history),
      authors: data.authors?.length ? [...data.authors] : [publication.name],
      object_refs: [reportId],
      labels: [`status:${claim.status}`],
      external_references: [{ source_name: publication.name, url: urls.claim(slug, claim.id), external_id: claim.id }],
    };
    if (claim.confidence) note.confidence = CONFIDENCE_SCORES[claim.confidence];
    claimObjects.push(note);

    // A claim may cite one source twice (two passages); the second use gets its own stable name.
    const seen = new Map<string, number>();
    for (const use of claim.uses) {
      const count = (seen.get(use.source.id) ?? 0) + 1;
      seen.set(use.source.id, count);
      const source = lookUpSource(sources, use.source.id);
      const references = sourceReferences(source);
      if (use.via) references.push(...sourceReferences(lookUpSource(sources, use.via.id)));
      claimObjects.push({
        type: 'opinion',
        ...attributed,
        id: ids.citation(slug, claim.id, count === 1 ? use.source.id : `${use.source.id}#${count}`),
        explanation: citationExplanation(use, source),
        authors: [source.publisher],
        opinion: STANCE_OPINIONS[use.stance],
        object_refs: [noteId],
        labels: [
          `stance:${use.stance}`,
          `source-kind:${source.kind}`,
          // The Admiralty grade in the form MISP's admiralty-scale taxonomy writes it.
          ...(source.reliability ? [`admiralty-scale:source-reliability="${source.reliability.toLowerCase()}"`] : []),
        ],
        external_references: references,
      });
    }
  }

  const report: StixReport = {
    type: 'report',
    ...attributed,
    id: reportId,
    name: data.title,
    description: data.summary,
    published: created,
    report_types: ['threat-report'],
    object_refs: claimObjects.map((object) => object.id),
    external_references: [{ source_name: publication.name, url: urls.briefing(slug), external_id: slug }],
  };
  if (data.topics?.length) report.labels = [...data.topics];

  return { type: 'bundle', id: ids.bundle(slug), objects: [identity, report, ...claimObjects] };
}
