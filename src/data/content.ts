import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from '../lib/briefing-order.ts';
import { buildBriefingView, type BriefingView, type SourceEntry } from '../lib/briefing-view.ts';
import { snapshotAnchorer } from '../lib/quotes/quote-anchor.ts';

/**
 * Every collection query of the site lives here, so "published" means one thing everywhere:
 * drafts are checked but never become a page, a listing entry or an export.
 */
export type BriefingEntry = CollectionEntry<'briefings'>;

/**
 * A build computes each view once and shares it between pages; `astro dev` must see edits, so
 * there nothing is kept between requests.
 */
const CACHE = import.meta.env.PROD;

let published: Promise<BriefingEntry[]> | undefined;

/** Published briefings, newest first (ties broken by slug, so the order is stable). */
export async function getPublishedBriefings(): Promise<BriefingEntry[]> {
  const load = async () => {
    const entries = await getCollection('briefings', (entry) => entry.data.draft !== true);
    const key = (entry: BriefingEntry) => ({ published: entry.data.published, slug: entry.id });
    return entries.sort((a, b) => newestFirst(key(a), key(b)));
  };
  if (!CACHE) return load();
  // Every listing, feed and export asks for the whole collection; a copy keeps callers from sorting it for the others.
  published ??= load();
  return [...(await published)];
}

let sourceMap: Promise<ReadonlyMap<string, SourceEntry>> | undefined;

/** The source library by id. */
export function getSourceMap(): Promise<ReadonlyMap<string, SourceEntry>> {
  const load = () =>
    getCollection('sources').then(
      (entries) => new Map(entries.map((entry) => [entry.id, { ...entry.data, id: entry.id }])),
    );
  if (!CACHE) return load();
  sourceMap ??= load();
  return sourceMap;
}

/** The snapshots' texts by file name; each file is read when first asked for. */
export interface SnapshotTexts {
  get(name: string): string | undefined;
  /** A digest of the snapshot's text, known without reading the file: what a cache key needs. */
  digest(name: string): string | undefined;
}

let snapshotTexts: Promise<SnapshotTexts> | undefined;

/**
 * The snapshots' texts by file name, read as the checker reads them (`readSnapshotFiles`: the
 * file's bytes as UTF-8), each when a page first needs it: a briefing's page reads the snapshots
 * it cites, not the library's.
 */
export function getSnapshotTexts(): Promise<SnapshotTexts> {
  const load = async (): Promise<SnapshotTexts> => {
    const entries = await getCollection('snapshots');
    const paths = new Map(entries.map((entry) => [entry.id, entry.data.path]));
    const digests = new Map(entries.map((entry) => [entry.id, entry.digest]));
    const texts = new Map<string, string>();
    const get = (name: string): string | undefined => {
      const path = paths.get(name);
      if (path === undefined) return undefined;
      let text = texts.get(name);
      if (text === undefined) {
        text = readFileSync(path, 'utf8');
        texts.set(name, text);
      }
      return text;
    };
    return {
      get,
      digest(name) {
        // The loader always gives one; were it missing, the text itself still keys correctly.
        const digest = digests.get(name);
        return digest === undefined ? get(name) : `digest ${String(digest)}`;
      },
    };
  };
  if (!CACHE) return load();
  snapshotTexts ??= load();
  return snapshotTexts;
}

type Anchorer = ReturnType<typeof snapshotAnchorer>;
let anchorer: Promise<Anchorer> | undefined;

/**
 * Anchors quotes in the snapshots (loaded with the checker's reader), each snapshot read once per
 * build however many quotes it backs.
 */
function getQuoteAnchorer(): Promise<Anchorer> {
  const load = () => getSnapshotTexts().then(snapshotAnchorer);
  if (!CACHE) return load();
  anchorer ??= load();
  return anchorer;
}

const views = new Map<string, Promise<BriefingView>>();

/** The numbered, grouped view of one briefing, shared by its page, listings and source pages. */
export function getBriefingView(entry: BriefingEntry): Promise<BriefingView> {
  const build = async () => {
    const [sources, anchorIn] = await Promise.all([getSourceMap(), getQuoteAnchorer()]);
    return buildBriefingView(entry.id, entry.data, entry.data.claimOrder, sources, anchorIn);
  };
  if (!CACHE) return build();
  let view = views.get(entry.id);
  if (!view) {
    view = build();
    views.set(entry.id, view);
  }
  return view;
}

/** Views of every published briefing, newest first. */
export async function getPublishedViews(): Promise<BriefingView[]> {
  return Promise.all((await getPublishedBriefings()).map(getBriefingView));
}
