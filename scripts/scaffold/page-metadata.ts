import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { httpUrl } from '../../src/lib/safe-url.ts';
import { partialDateSchema, type SourceKind } from '../../src/schemas/index.ts';

/** What a saved web page says about itself, as far as a source file needs it. */
export interface PageMetadata {
  title?: string;
  publisher?: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the page is. */
  published?: string;
  /** The page's own address (`og:url`, else its canonical link), when it is http(s). */
  url?: string;
  authors?: string[];
  language?: string;
  /** A kind guessed only from an unambiguous schema.org type in the page's JSON-LD. */
  kind?: SourceKind;
}

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'element') {
        found.push(node);
        walk(node.children);
        if (node.content) walk(node.content.children);
      }
    }
  };
  walk(tree.children);
  return found;
}

function text(node: Element): string {
  let result = '';
  const walk = (nodes: readonly RootContent[]) => {
    for (const child of nodes) {
      if (child.type === 'text') result += child.value;
      else if (child.type === 'element') walk(child.children);
    }
  };
  walk(node.children);
  return result;
}

/** Text as a reader sees it: white space collapsed; empty means absent. */
function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const collapsed = value.replace(/\s+/g, ' ').trim();
  return collapsed || undefined;
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' ? value : undefined;
}

/**
 * The date part of an ISO timestamp, as precise as it is written: `2019-08-05T23:30:00-05:00` is
 * the 5th where the publisher was, which is the date readers saw on the page.
 */
export function dateOf(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T\s]|$)/.exec(value);
  if (!match) return undefined;
  const date = match.slice(1).filter(Boolean).join('-');
  return partialDateSchema.safeParse(date).success ? date : undefined;
}

type JsonObject = Record<string, unknown>;

/** Every object in the page's JSON-LD blocks, `@graph`s and arrays flattened; bad JSON is skipped. */
function jsonLdObjects(scripts: readonly string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) collect(item);
    else if (value !== null && typeof value === 'object') {
      objects.push(value as JsonObject);
      collect((value as JsonObject)['@graph']);
    }
  };
  for (const script of scripts) {
    try {
      collect(JSON.parse(script));
    } catch {
      // A page's broken structured data is the page's problem; the other sources still count.
    }
  }
  return objects;
}

function types(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string');
}

/** A JSON-LD name: a string, or an object (or list of them) with a `name`. */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return clean(value) === undefined ? [] : [clean(value)!];
  if (value !== null && typeof value === 'object') return names((value as JsonObject)['name']);
  return [];
}

const NEWS_TYPES =
  /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle)$/;

function kindOf(objects: readonly JsonObject[]): SourceKind | undefined {
  const all = objects.flatMap(types);
  if (all.some((type) => NEWS_TYPES.test(type))) return 'news-report';
  if (all.includes('ScholarlyArticle')) return 'academic';
  if (all.includes('Dataset')) return 'dataset';
  return undefined;
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * Reads a saved page's metadata with a real HTML parser: Open Graph first (what the publisher
 * says about the page for sharing), then schema.org JSON-LD, then plain HTML (`<title>`,
 * `<time>`, the canonical link).
 */
export function pageMetadata(html: string): PageMetadata {
  const all = elements(fromHtml(html));
  const meta = new Map<string, string>();
  for (const element of all.filter((node) => node.tagName === 'meta')) {
    const key = (attribute(element, 'property') ?? attribute(element, 'name'))?.toLowerCase();
    const content = clean(attribute(element, 'content'));
    if (key !== undefined && content !== undefined && !meta.has(key)) meta.set(key, content);
  }
  const linked = all.filter((node) => node.tagName === 'script' && attribute(node, 'type') === 'application/ld+json');
  const objects = jsonLdObjects(linked.map(text));
  const article = objects.find((object) => 'headline' in object || 'datePublished' in object) ?? {};
  const titleElement = all.find((node) => node.tagName === 'title');
  const timeElement = all.find((node) => node.tagName === 'time' && attribute(node, 'dateTime') !== undefined);
  const canonical = all.find(
    (node) => node.tagName === 'link' && (attribute(node, 'rel') ?? '').split(' ').includes('canonical'),
  );
  const htmlElement = all.find((node) => node.tagName === 'html');

  const metadata: PageMetadata = {};
  const title = meta.get('og:title') ?? names(article['headline'])[0] ?? clean(titleElement && text(titleElement));
  if (title !== undefined) metadata.title = title;
  const publisher = meta.get('og:site_name') ?? names(article['publisher'])[0];
  if (publisher !== undefined) metadata.publisher = publisher;
  const published =
    dateOf(meta.get('article:published_time')) ??
    dateOf(typeof article['datePublished'] === 'string' ? article['datePublished'] : undefined) ??
    dateOf(timeElement && attribute(timeElement, 'dateTime'));
  if (published !== undefined) metadata.published = published;
  const url = httpUrl(meta.get('og:url')) ?? httpUrl(canonical && attribute(canonical, 'href'));
  if (url !== undefined) metadata.url = url;
  const authors = [
    ...new Set([...names(article['author']), ...(meta.has('author') ? [meta.get('author')!] : [])]),
  ].filter((name) => httpUrl(name) === undefined);
  if (authors.length > 0) metadata.authors = authors;
  const language = clean(htmlElement && attribute(htmlElement, 'lang'));
  if (language !== undefined && LANGUAGE_TAG.test(language)) metadata.language = language;
  const kind = kindOf(objects);
  if (kind !== undefined) metadata.kind = kind;
  return metadata;
}
