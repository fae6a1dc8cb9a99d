/** The publication's identity, used in page titles, feeds, structured data and citations. */
export const SITE = {
  /** The publication's name. */
  name: 'Corroborate Briefings',
  /** One sentence on what the publication is. */
  description: 'Sourced briefings: every claim cited, every citation checked, sources side by side.',
  /** The language of the content, as a BCP 47 tag. */
  language: 'en-GB',
  /** Who publishes it, for citations and structured data. */
  publisher: 'Corroborate Briefings desk',
} as const;
