import type { BriefingView } from '../lib/briefing-view.ts';
import { STATUS_LABELS } from '../lib/labels.ts';
import { briefingChanges, type BriefingChange } from '../lib/status-changes.ts';
import type { FeedChannel } from './feed.ts';
import type { SiteUrls } from './site-urls.ts';
import { escapeXml } from './xml.ts';

/** Where the corrections feed is published. */
export const CORRECTIONS_FEED_PATH = '/corrections.xml';

/** One item of the corrections feed, before it is written as XML. */
export interface CorrectionItem {
  title: string;
  link: string;
  /** Stable and unique: the briefing's address and the change's own place in it. */
  guid: string;
  date: string;
  description: string;
}

function item(view: BriefingView, change: BriefingChange, urls: SiteUrls): CorrectionItem {
  const page = urls.briefing(view.slug);
  if (change.kind === 'correction') {
    return {
      title: `Correction: ${view.data.title}`,
      link: `${page}#corrections`,
      guid: `${page}#correction-${change.index + 1}`,
      date: change.date,
      description: change.text,
    };
  }
  const from = STATUS_LABELS[change.from].label;
  const to = STATUS_LABELS[change.to].label;
  return {
    title: `${from} to ${to}: ${change.claimText}`,
    link: urls.claim(view.slug, change.claimId),
    guid: `${urls.claim(view.slug, change.claimId)}/status-${change.date}-${change.from}-${change.to}`,
    date: change.date,
    description: `In “${view.data.title}”, the claim “${change.claimText}” was ${from.toLowerCase()} and is now ${to.toLowerCase()}. ${change.note}`,
  };
}

/**
 * Every correction and claim status change of the published briefings, newest first; changes of
 * one day keep the briefings' order (newest briefing first) and each briefing's own order.
 */
export function correctionItems(views: readonly BriefingView[], urls: SiteUrls): CorrectionItem[] {
  return views
    .flatMap((view) => briefingChanges(view).map((change) => item(view, change, urls)))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** A day as RSS 2.0 writes dates (RFC 822): `Tue, 01 Oct 2019 00:00:00 GMT`. */
function rfc822(date: string): string {
  return new Date(`${date}T00:00:00Z`).toUTCString();
}

/** `/corrections.xml` as RSS 2.0 text; every editor's string is escaped as XML text. */
export function correctionsFeedXml(items: readonly CorrectionItem[], channel: FeedChannel, urls: SiteUrls): string {
  const self = urls.page(CORRECTIONS_FEED_PATH);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(`${channel.name}: corrections and status changes`)}</title>`,
    `<link>${escapeXml(urls.root)}</link>`,
    `<description>${escapeXml(`Every correction of ${channel.name}, and every claim whose status changed, newest first.`)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...(items[0] ? [`<lastBuildDate>${rfc822(items[0].date)}</lastBuildDate>`] : []),
    ...items.map(
      (entry) =>
        '<item>' +
        `<title>${escapeXml(entry.title)}</title>` +
        `<link>${escapeXml(entry.link)}</link>` +
        `<guid isPermaLink="false">${escapeXml(entry.guid)}</guid>` +
        `<pubDate>${rfc822(entry.date)}</pubDate>` +
        `<description>${escapeXml(entry.description)}</description>` +
        '</item>',
    ),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}
