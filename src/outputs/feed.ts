import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { BriefingView } from '../lib/briefing-view.ts';
import { formatDate } from '../lib/dates.ts';
import { escapeHtml } from '../lib/html.ts';
import { STATUS_LABELS, topicLabel } from '../lib/labels.ts';
import type { SiteUrls } from './site-urls.ts';
import { escapeXml, xmlCharacters } from './xml.ts';

/** What the feed says about the publication itself. */
export interface FeedChannel {
  name: string;
  description: string;
  language: string;
}

/** HTML text from an editor's string: XML-safe characters, then escaped for HTML. */
function html(text: string): string {
  return escapeHtml(xmlCharacters(text));
}

/**
 * An item's description is HTML that feed readers render, so every editor's string in it is
 * escaped for HTML here, and the whole once more for XML by the feed writer: a `<script>` in a
 * summary reaches the reader as the text "<script>", never as an element.
 */
export function itemDescription(view: BriefingView): string {
  const { data } = view;
  const parts = [`<p>${html(data.summary)}</p>`];
  if (data.updated !== undefined) {
    parts.push(`<p>Updated <time datetime="${data.updated}">${formatDate(data.updated)}</time>.</p>`);
  }
  parts.push(
    '<p>Claims:</p>',
    `<ul>${view.claims
      .map((claim) => `<li><strong>${STATUS_LABELS[claim.status].label}</strong>: ${html(claim.text)}</li>`)
      .join('')}</ul>`,
  );
  const corrections = [...(data.corrections ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (corrections.length > 0) {
    parts.push(
      '<p>Corrections:</p>',
      `<ul>${corrections
        .map(
          (correction) =>
            `<li><time datetime="${correction.date}">${formatDate(correction.date)}</time>: ${html(correction.text)}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  return parts.join('');
}

/** One feed item per published briefing. Titles are plain text, as RSS readers show them. */
export function feedItem(view: BriefingView, urls: SiteUrls): RSSFeedItem {
  const { data } = view;
  return {
    title: xmlCharacters(data.title),
    link: urls.briefing(view.slug),
    pubDate: new Date(`${data.published}T00:00:00Z`),
    description: itemDescription(view),
    categories: (data.topics ?? []).map(topicLabel),
    // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a byline.
    customData: (data.authors ?? []).map((author) => `<dc:creator>${escapeXml(author)}</dc:creator>`).join(''),
  };
}

/**
 * The options of `/rss.xml` for @astrojs/rss (4.0.19 or later, which escapes every field): the
 * published briefings, newest first, as the caller passes them.
 */
export function feedOptions(
  views: readonly BriefingView[],
  channel: FeedChannel,
  urls: SiteUrls,
): RSSOptions & { items: RSSFeedItem[] } {
  return {
    title: channel.name,
    description: channel.description,
    site: urls.root,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${escapeXml(channel.language)}</language>` +
      `<atom:link href="${escapeXml(urls.page('/rss.xml'))}" rel="self" type="application/rss+xml"/>`,
    items: views.map((view) => feedItem(view, urls)),
  };
}
