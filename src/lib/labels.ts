import type { ClaimStatus, Confidence, SourceKind, SourceReliability, Stance } from '../schemas/index.ts';

/** How readers see each source kind, as a badge. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'official-report': 'Official report',
  'official-statement': 'Official statement',
  'state-media': 'State media',
  'news-report': 'News report',
  'vendor-report': 'Vendor report',
  academic: 'Academic',
  dataset: 'Dataset',
  'court-record': 'Court record',
  interview: 'Interview',
  'social-post': 'Social media post',
  other: 'Other',
};

/** Status words, with the one-line explanation readers can open beside any badge. */
export const STATUS_LABELS: Record<ClaimStatus, { label: string; meaning: string }> = {
  confirmed: { label: 'Confirmed', meaning: 'Supported by sources from at least two independent publishers.' },
  reported: { label: 'Reported', meaning: 'Stated by a source we cite; not independently confirmed.' },
  disputed: { label: 'Disputed', meaning: 'Sources we cite disagree: some support it, some dispute it.' },
  denied: { label: 'Denied', meaning: 'The party it concerns, or a source we cite, rejects it.' },
  unverified: { label: 'Unverified', meaning: 'Circulating, but the sources hedge or name no evidence.' },
  false: { label: 'False', meaning: 'The evidence we cite shows it is not true.' },
};

/** Stance words; stance is always written out, never shown by colour alone. */
export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  disputes: 'Disputes',
  context: 'Context',
};

/** Confidence words and what they mean. */
export const CONFIDENCE_LABELS: Record<Confidence, { label: string; meaning: string }> = {
  high: { label: 'High confidence', meaning: 'We would be surprised if new evidence changed this reading.' },
  moderate: { label: 'Moderate confidence', meaning: 'The best reading of the evidence, which is incomplete.' },
  low: { label: 'Low confidence', meaning: 'A tentative reading; significant doubt remains.' },
};

/** The Admiralty scale's words for each source reliability grade. */
export const RELIABILITY_LABELS: Record<SourceReliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

/** A reliability grade as readers see it on a badge: `Reliability B`. */
export function reliabilityBadgeText(grade: SourceReliability): string {
  return `Reliability ${grade}`;
}

/** A topic slug as a heading: `north-korea` becomes "North Korea". */
export function topicLabel(slug: string): string {
  return slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
