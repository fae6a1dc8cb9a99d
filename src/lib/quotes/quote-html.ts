import type { CitationUse } from '../briefing-view.ts';
import { attributes, escapeHtml } from '../html.ts';

/** What a quote needs to be shown: its words, their language, an English rendering, and its link. */
export type QuotedUse = Pick<
  CitationUse,
  'quote' | 'quoteLanguage' | 'translation' | 'translator' | 'quoteUrl' | 'quoteTarget'
>;

/** The language translations are written in; the contract asks for an English rendering. */
export const TRANSLATION_LANGUAGE = 'en';

/** "machine translation", "translated by Jane Kim": who is answerable for the English words. */
export function translatorCredit(translator: string | undefined): string {
  if (translator === undefined) return 'translation';
  return translator.trim().toLowerCase() === 'machine' ? 'machine translation' : `translated by ${translator}`;
}

/** The quote link's words: readers should know whether it opens the archive copy or the live page. */
function linkText(use: QuotedUse): string {
  return use.quoteTarget === 'archive' ? 'Passage in the archived copy' : 'Passage in the source';
}

function quoteLinkHtml(use: QuotedUse): string {
  if (use.quoteUrl === undefined) return '';
  return `<a${attributes({ class: 'quote-link', href: use.quoteUrl, rel: 'noopener noreferrer' })}>${linkText(use)}</a>`;
}

/**
 * A quote as a block (source cards, source pages): the original in its language, and beside it,
 * when the citation gives one, the English translation marked as English with its translator;
 * then a link that opens the source at the passage. Every editor's string is escaped; the link is
 * only ever the vetted http(s) `quoteUrl`.
 *
 * @param className - the class of each quotation, so a card and a page can style theirs.
 */
export function quoteBlockHtml(use: QuotedUse, className?: string): string {
  if (use.quote === undefined) return '';
  const lang = use.quoteLanguage;
  const original = `<blockquote${attributes({ class: className, lang })}><p>${escapeHtml(use.quote)}</p></blockquote>`;
  const link = use.quoteUrl === undefined ? '' : `<p class="quote-link-line">${quoteLinkHtml(use)}</p>`;
  if (use.translation === undefined) return original + link;
  const translation = `<blockquote${attributes({
    class: [className, 'quote-translation'].filter(Boolean).join(' '),
    lang: TRANSLATION_LANGUAGE,
  })}><p>${escapeHtml(use.translation)}</p></blockquote>`;
  const credit = `<p class="quote-translator" lang="${TRANSLATION_LANGUAGE}">English: ${escapeHtml(translatorCredit(use.translator))}</p>`;
  return `<div class="quote-pair">${original}${translation}${credit}</div>${link}`;
}

/**
 * A quote inline (the numbered notes): the original in `<q>` with its language, the translation
 * after it in brackets, marked as English, and the link to the passage.
 */
export function quoteInlineHtml(use: QuotedUse): string {
  if (use.quote === undefined) return '';
  const parts = [`<q${attributes({ lang: use.quoteLanguage })}>${escapeHtml(use.quote)}</q>`];
  if (use.translation !== undefined) {
    parts.push(
      ` <span class="quote-translation" lang="${TRANSLATION_LANGUAGE}">(<q>${escapeHtml(use.translation)}</q>, ${escapeHtml(translatorCredit(use.translator))})</span>`,
    );
  }
  if (use.quoteUrl !== undefined) parts.push(` ${quoteLinkHtml(use)}`);
  return parts.join('');
}

/**
 * The words search indexes with a claim besides its sentence: every quote of its citations, in
 * the original, and every English translation, so a reader finds the claim in either language.
 */
export function searchableQuotes(uses: readonly QuotedUse[]): string {
  return uses
    .flatMap((use) => [use.quote, use.translation])
    .filter((text): text is string => text !== undefined)
    .join(' … ');
}
