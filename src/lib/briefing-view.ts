import type { BriefingData, Claim, ClaimHistoryEntry, ClaimStatus, SourceData, Stance } from '../schemas/index.ts';
import { citeAnchor, claimAnchor, ledgerAnchor, noteAnchor } from './anchors.ts';
import { quoteLink, type QuoteAnchor, type TextQuoteSelector } from './quotes/quote-anchor.ts';
import { httpUrl } from './safe-url.ts';

/** A source as the page shows it: only what is safe to render, links already vetted. */
export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  kind: SourceData['kind'];
  published?: string;
  /** The source's address, only when it is an http(s) URL. */
  url?: string;
  /** The archive copy's address, only when it is an http(s) URL. */
  archiveUrl?: string;
  archiveDate?: string;
  authors?: readonly string[];
  notes?: string;
  /** The Admiralty scale's source reliability, `A` to `F`, when the library gives one. */
  reliability?: SourceData['reliability'];
}

/** One citation of one claim: the place a reader clicks, and what it leads to. */
export interface CitationUse {
  /** The note number of the cited source, shared by every use of that source. */
  number: number;
  /** `a`, `b`, `c`... when the source is cited more than once; empty otherwise. */
  letter: string;
  /** The marker's element id, the target of the note's backlink: `cite-3-a`. */
  anchorId: string;
  claimId: string;
  stance: Stance;
  source: SourceSummary;
  /** The source through which this one was seen, when the citation names one. */
  via?: SourceSummary;
  quote?: string;
  /** An English rendering of the quote, which stays in the original. */
  translation?: string;
  /** Who translated the quote: a name, or `machine`. */
  translator?: string;
  /**
   * Where the quote sits in the snapshot it was checked against (the source's own, else its via's),
   * as a W3C TextQuoteSelector; absent without a snapshot or when the quote is not in it.
   */
  selector?: TextQuoteSelector;
  /**
   * The address that opens that snapshot's source at the quote: its archive copy's, else its own,
   * with a Text Fragment (`#:~:text=`); only ever an http(s) address.
   */
  quoteUrl?: string;
  /** Whether `quoteUrl` opens the archive copy or the live page, so its link can say which. */
  quoteTarget?: 'archive' | 'source';
  /**
   * The language the quote is in (BCP 47), for its `lang` attribute: that of the source whose
   * snapshot holds it (the cited source's, else its via's), when the library gives one.
   */
  quoteLanguage?: string;
  locator?: string;
}

/** A claim with its citations numbered and grouped by stance. */
export interface ClaimView {
  id: string;
  /**
   * The element id that carries the claim's shareable fragment, `claim-<id>`: its words in the
   * body, or, when the body does not mark it, its row in the ledger.
   */
  anchorId: string;
  /** The element id of its row in the claim ledger. */
  ledgerId: string;
  /** Where a link to the claim from elsewhere lands: its words when marked, else its ledger row. */
  linkTarget: string;
  text: string;
  status: ClaimStatus;
  confidence?: Claim['confidence'];
  note?: string;
  /** Earlier statuses, oldest first, each dated the day it was first published; absent when none. */
  history?: readonly ClaimHistoryEntry[];
  quantities: Claim['quantities'];
  /** Citations in the order the frontmatter lists them. */
  uses: CitationUse[];
  byStance: Record<Stance, CitationUse[]>;
  /** False when the body never marks the claim; it still appears in the ledger and notes. */
  marked: boolean;
}

/** A numbered note: one source, with a backlink to every place it is cited. */
export interface NoteView {
  number: number;
  anchorId: string;
  source: SourceSummary;
  uses: CitationUse[];
}

/** Everything the briefing page renders, computed once. */
export interface BriefingView {
  slug: string;
  data: BriefingData;
  /** Claims in the order the reader meets them: body order, then any unmarked ones. */
  claims: ClaimView[];
  claimsById: ReadonlyMap<string, ClaimView>;
  notes: NoteView[];
  counts: { claims: number; sources: number; contested: number };
  /** Publishers with more than one cited source here: their cards also name the source. */
  sharedPublishers: ReadonlySet<string>;
}

/** A source library entry with its id. */
export type SourceEntry = SourceData & { id: string };

/** Renders a source for the page, dropping any URL that is not http(s). */
export function summariseSource(source: SourceEntry): SourceSummary {
  const summary: SourceSummary = { id: source.id, title: source.title, publisher: source.publisher, kind: source.kind };
  if (source.published !== undefined) summary.published = source.published;
  const url = httpUrl(source.url);
  if (url !== undefined) summary.url = url;
  const archiveUrl = httpUrl(source.archive?.url);
  if (archiveUrl !== undefined && source.archive) {
    summary.archiveUrl = archiveUrl;
    summary.archiveDate = source.archive.date;
  }
  if (source.authors?.length) summary.authors = source.authors;
  if (source.notes !== undefined) summary.notes = source.notes;
  if (source.reliability !== undefined) summary.reliability = source.reliability;
  return summary;
}

/** Letters for repeated uses of one note, Wikipedia style: a..z, then aa, ab... */
function useLetter(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return index < 26 ? letters[index]! : `${letters[Math.floor(index / 26) - 1]!}${letters[index % 26]!}`;
}

/** Statuses a reader should notice first: the evidence is contested or against the claim. */
const CONTESTED: readonly ClaimStatus[] = ['disputed', 'denied', 'false'];

/**
 * Numbers every citation of a briefing in order of first use, as a reader meets them: a source
 * cited again keeps its number, and each use gets its own letter for the note's backlinks.
 */
export function buildBriefingView(
  slug: string,
  data: BriefingData,
  /** The ids of the claims the body publishes, in order (`reading/read-claim-marks.ts`). */
  bodyClaimOrder: readonly string[],
  sources: ReadonlyMap<string, SourceEntry>,
  /** Anchors a quote in a snapshot by file name (`snapshotAnchorer`); without it, quotes get no link. */
  anchorIn?: (quote: string, snapshot: string) => QuoteAnchor | undefined,
): BriefingView {
  const declared = new Map(data.claims.map((claim) => [claim.id, claim]));
  const ordered = [
    ...bodyClaimOrder.filter((id) => declared.has(id)),
    ...data.claims.map((claim) => claim.id).filter((id) => !bodyClaimOrder.includes(id)),
  ];
  const marked = new Set(bodyClaimOrder);

  const summaries = new Map<string, SourceSummary>();
  const summaryOf = (id: string): SourceSummary => {
    let summary = summaries.get(id);
    if (!summary) {
      const source = sources.get(id);
      // The checker stops the build on an unknown source; this guards a build run without it.
      if (!source) throw new Error(`briefing "${slug}" cites unknown source "${id}"; run npm run check`);
      summary = summariseSource(source);
      summaries.set(id, summary);
    }
    return summary;
  };

  /**
   * The quote's selector and link, from the snapshot the checker read it in: the cited source's
   * own, else, when it has none, its via's (as `quote-mismatch` does); the link opens that same
   * source, its archive copy first, since that shows what was cited.
   */
  const anchorUse = (quote: string, sourceId: string, viaId: string | undefined): Partial<CitationUse> => {
    const source = sources.get(sourceId);
    const via = viaId === undefined ? undefined : sources.get(viaId);
    const owner = source?.snapshot !== undefined ? source : via?.snapshot !== undefined ? via : source;
    const language = owner?.language === undefined ? {} : { quoteLanguage: owner.language };
    const anchor = owner?.snapshot === undefined ? undefined : anchorIn?.(quote, owner.snapshot);
    if (!owner || !anchor) return language;
    const summary = summaryOf(owner.id);
    const address = summary.archiveUrl ?? summary.url;
    const quoteUrl = address === undefined ? undefined : quoteLink(anchor, address);
    return {
      ...language,
      selector: anchor.selector,
      ...(quoteUrl !== undefined && { quoteUrl, quoteTarget: summary.archiveUrl === undefined ? 'source' : 'archive' }),
    };
  };

  const notes = new Map<string, NoteView>();
  const claims: ClaimView[] = ordered.map((id) => {
    const claim = declared.get(id)!;
    const uses = claim.citations.map((citation): CitationUse => {
      let note = notes.get(citation.source);
      if (!note) {
        const number = notes.size + 1;
        note = { number, anchorId: noteAnchor(number), source: summaryOf(citation.source), uses: [] };
        notes.set(citation.source, note);
      }
      const use: CitationUse = {
        number: note.number,
        letter: useLetter(note.uses.length),
        anchorId: citeAnchor(note.number, useLetter(note.uses.length)),
        claimId: claim.id,
        stance: citation.stance,
        source: note.source,
      };
      if (citation.via !== undefined) use.via = summaryOf(citation.via);
      if (citation.quote !== undefined) use.quote = citation.quote;
      if (citation.translation !== undefined) use.translation = citation.translation;
      if (citation.translator !== undefined) use.translator = citation.translator;
      if (citation.locator !== undefined) use.locator = citation.locator;
      if (citation.quote !== undefined) Object.assign(use, anchorUse(citation.quote, citation.source, citation.via));
      note.uses.push(use);
      return use;
    });
    const view: ClaimView = {
      id: claim.id,
      anchorId: claimAnchor(claim.id),
      ledgerId: ledgerAnchor(claim.id),
      linkTarget: marked.has(claim.id) ? claimAnchor(claim.id) : ledgerAnchor(claim.id),
      text: claim.text,
      status: claim.status,
      quantities: claim.quantities,
      uses,
      byStance: {
        supports: uses.filter((use) => use.stance === 'supports'),
        disputes: uses.filter((use) => use.stance === 'disputes'),
        context: uses.filter((use) => use.stance === 'context'),
      },
      marked: marked.has(claim.id),
    };
    if (claim.confidence !== undefined) view.confidence = claim.confidence;
    if (claim.note !== undefined) view.note = claim.note;
    if (claim.history?.length) view.history = claim.history;
    return view;
  });

  // A letter is only worth showing when a source is cited more than once.
  for (const note of notes.values()) if (note.uses.length === 1) note.uses[0]!.letter = '';

  return {
    slug,
    data,
    claims,
    claimsById: new Map(claims.map((claim) => [claim.id, claim])),
    notes: [...notes.values()],
    sharedPublishers: new Set(
      [...notes.values()]
        .map((note) => note.source.publisher)
        .filter((publisher, index, all) => all.indexOf(publisher) !== index),
    ),
    counts: {
      claims: claims.length,
      sources: notes.size,
      contested: claims.filter((claim) => CONTESTED.includes(claim.status)).length,
    },
  };
}
