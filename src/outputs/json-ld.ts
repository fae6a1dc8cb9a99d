import type { BriefingView, SourceSummary } from '../lib/briefing-view.ts';
import type { ClaimStatus } from '../schemas/index.ts';
import { safeJson } from './safe-json.ts';
import { STATUS_LABELS } from '../lib/labels.ts';
import { statusChanges } from '../lib/status-changes.ts';
import type { SiteUrls } from './site-urls.ts';

/** Who publishes the briefing, as structured data names it. */
export interface JsonLdPublisher {
  name: string;
  language: string;
}

type Node = Record<string, unknown>;

/**
 * The statuses that are a verdict of the publication's own, and so a fact check in schema.org's
 * sense. `reported` and `unverified` say only what others claim; a ClaimReview for them would
 * tell search engines the publication rated a claim it did not.
 */
export const VERDICT_STATUSES: readonly ClaimStatus[] = ['confirmed', 'disputed', 'denied', 'false'];

function organization(name: string, url?: string): Node {
  return { '@type': 'Organization', name, ...(url !== undefined && { url }) };
}

/**
 * A cited source as a schema.org CreativeWork, identified by its page on the site, in full: the
 * structured data of that page (`sourceJsonLd`).
 */
function creativeWork(source: SourceSummary, urls: SiteUrls): Node {
  return {
    '@type': 'CreativeWork',
    '@id': urls.source(source.id),
    name: source.title,
    publisher: organization(source.publisher),
    ...(source.authors?.length && { author: source.authors.map((name) => ({ '@type': 'Person', name })) }),
    ...(source.published !== undefined && { datePublished: source.published }),
    // Only vetted http(s) addresses: summariseSource has dropped every other.
    ...(source.url !== undefined && { url: source.url }),
    ...(source.archiveUrl !== undefined && { archivedAt: source.archiveUrl }),
  };
}

/**
 * A cited source as a briefing names it: the `@id` of its page's CreativeWork and its title, so a
 * reader of the briefing's data alone still sees what is cited.
 */
function citedWork(source: SourceSummary, urls: SiteUrls): Node {
  return { '@type': 'CreativeWork', '@id': urls.source(source.id), name: source.title };
}

/**
 * A source page's structured data: the source as a CreativeWork whose `@id` is the page, the one
 * place it is described in full (briefings cite it by that `@id`).
 */
export function sourceJsonLd(source: SourceSummary, urls: SiteUrls): Node {
  return { '@context': 'https://schema.org', ...creativeWork(source, urls) };
}

/**
 * A briefing's structured data: a NewsArticle citing every source by its page, and a ClaimReview
 * for each claim with a verdict, whose `@id` is the claim's shareable address so it stays stable
 * across builds and can be linked to.
 */
export function briefingJsonLd(view: BriefingView, urls: SiteUrls, publisher: JsonLdPublisher): Node {
  const { data } = view;
  const pageUrl = urls.briefing(view.slug);
  const publisherNode = { ...organization(publisher.name, urls.root), '@id': `${urls.root}#publisher` };
  const modified = data.updated ?? data.published;

  const sources = new Map<string, SourceSummary>();
  for (const claim of view.claims) {
    for (const use of claim.uses) {
      sources.set(use.source.id, use.source);
      if (use.via) sources.set(use.via.id, use.via);
    }
  }

  // A claim whose status changed is corrected as much as a misnamed port: both are CorrectionComments.
  const corrections: Node[] = [
    ...(data.corrections ?? []).map((correction) => ({
      '@type': 'CorrectionComment',
      datePublished: correction.date,
      text: correction.text,
    })),
    ...statusChanges(view).map((change) => ({
      '@type': 'CorrectionComment',
      datePublished: change.date,
      text: `The claim “${change.claimText}” was ${STATUS_LABELS[change.from].label.toLowerCase()} and is now ${STATUS_LABELS[change.to].label.toLowerCase()}. ${change.note}`,
      about: { '@id': urls.claim(view.slug, change.claimId) },
    })),
  ];

  const article: Node = {
    '@type': 'NewsArticle',
    '@id': `${pageUrl}#article`,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    headline: data.title,
    description: data.summary,
    datePublished: data.published,
    dateModified: modified,
    inLanguage: publisher.language,
    // Bylines name people or desks alike; with none, the publication is the author.
    author: data.authors?.length
      ? data.authors.map((name) => ({ '@type': 'Person', name }))
      : [{ '@id': publisherNode['@id'] }],
    publisher: publisherNode,
    ...(data.topics?.length && { keywords: data.topics }),
    // Each source is described in full once, on its own page, whose `@id` this names; repeating
    // every description here weighed 17 KB of a median benchmark page's 163 KB.
    citation: [...sources.values()].map((source) => citedWork(source, urls)),
    ...(corrections.length > 0 && { correction: corrections }),
  };

  const reviews = view.claims
    .filter((claim) => VERDICT_STATUSES.includes(claim.status))
    .map((claim) => ({
      '@type': 'ClaimReview',
      '@id': urls.claim(view.slug, claim.id),
      url: urls.claim(view.slug, claim.id),
      claimReviewed: claim.text,
      datePublished: modified,
      author: { '@id': publisherNode['@id'] },
      isPartOf: { '@id': article['@id'] },
      itemReviewed: {
        '@type': 'Claim',
        appearance: claim.uses.map((use) => ({ '@id': urls.source(use.source.id) })),
      },
      reviewRating: { '@type': 'Rating', alternateName: claim.status },
    }));

  return { '@context': 'https://schema.org', '@graph': [article, ...reviews] };
}

/** The text of a `<script type="application/ld+json">`: no string in it can end the element. */
export function jsonLdScriptText(data: unknown): string {
  return safeJson(data);
}
