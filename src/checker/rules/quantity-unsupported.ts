import { formatFigure, formatQuantity } from '../../lib/format-figure.ts';
import { judgeQuantity, qualifierWords, readNumbers, readsLanguage, type NumberMention } from '../numbers/index.ts';
import type { Citation } from '../../schemas/index.ts';
import type { CheckContext } from '../model.ts';
import { briefingPoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, theftBriefing } from './example-files.ts';

/** A figure as quoted: `"35"`. */
function asQuoted(mention: NumberMention): string {
  return `"${mention.text}"`;
}

/** A figure with the words after it when they are what decides its unit: `"35" followed by "targets"`. */
function withUnitWords(mention: NumberMention): string {
  const words = mention.currency === undefined && mention.percent !== true ? mention.followingWords.join(' ') : '';
  return words ? `${asQuoted(mention)} followed by "${words}"` : asQuoted(mention);
}

function listFigures(mentions: readonly NumberMention[], show: (mention: NumberMention) => string): string {
  return [...new Set(mentions.map(show))].join(', ');
}

/** The text a quote's figures are read from: the quote itself, or its translation, and why. */
interface ReadText {
  text: string;
  /** Set when the translation was read: the quote's language, which the number reader does not read. */
  translatedFrom?: string;
  /** Set when a quote in a language the number reader does not read has no translation to read instead. */
  untranslated?: string;
}

/**
 * What to read a supporting citation's figures from: the quote where the number reader reads the
 * source's language, else the English translation the citation gives (a quote in a language the
 * reader does not read, and without a translation, is still read, for its digits).
 */
function textToRead(citation: Citation & { quote: string }, sources: CheckContext['sources']): ReadText {
  const language = sources.get(citation.source)?.data.language;
  if (language === undefined || readsLanguage(language)) return { text: citation.quote };
  if (citation.translation === undefined) return { text: citation.quote, untranslated: language };
  return { text: citation.translation, translatedFrom: language };
}

/** The claim's quantity, in US dollars, cited to the quote "hackers stole $2 billion from banks". */
function claiming(value: number) {
  return briefingOnWire(
    theftBriefing({
      fields: [`quantities: [{ value: ${value}, unit: USD }]`],
      citations: ['- source: wire', '  quote: hackers stole $2 billion from banks'],
    }),
  );
}

export const quantityUnsupported = defineRule({
  id: 'quantity-unsupported',
  severity: 'error',
  summary:
    "a quantity no supporting quote (or its translation, where the quote's language is not read) states at the claim's precision and qualifier",
  examples: { fails: claiming(2_500_000_000), passes: claiming(2_000_000_000) },
  check({ briefings, sources }, report) {
    for (const briefing of briefings) {
      for (const { claim, index } of briefing.claims) {
        if (!claim?.quantities?.length) continue;
        const texts = claim.citations
          .filter(
            (citation): citation is Citation & { quote: string } =>
              citation.stance === 'supports' && citation.quote !== undefined,
          )
          .map((citation) => textToRead(citation, sources));
        const quotes = texts.map((read) => read.text);
        const translatedFrom = new Map<NumberMention, string>();
        const mentions = texts.flatMap((read) => {
          const found = readNumbers(read.text);
          if (read.translatedFrom !== undefined)
            for (const mention of found) translatedFrom.set(mention, read.translatedFrom);
          return found;
        });
        /** "the quote says", or, for a figure read in a translation, "its translation says" and why. */
        const says = (mention: NumberMention, quoteSays: string): string => {
          const language = translatedFrom.get(mention);
          return language === undefined ? quoteSays : `the translation of its quote in ${language} says`;
        };
        // Says which text was read, when any quote was read in its translation.
        const translated = [...new Set(texts.flatMap((read) => read.translatedFrom ?? []))];
        const state =
          translated.length === 0
            ? 'its supporting quotes state'
            : texts.length === 1
              ? `the translation of its quote in ${translated.join(', ')} says`
              : texts.every((read) => read.translatedFrom !== undefined)
                ? `the translations of its supporting quotes (in ${translated.join(', ')}) state`
                : `its supporting quotes (those in ${translated.join(', ')} read in their translation) state`;
        const untranslated = [...new Set(texts.flatMap((read) => read.untranslated ?? []))];
        const untranslatedNote =
          untranslated.length === 0
            ? ''
            : `; the quote in ${untranslated.join(', ')} has no translation and was read as written: give it one`;
        const why =
          translated.length + untranslated.length === 0
            ? ''
            : ` (the number reader reads only English${untranslatedNote})`;
        claim.quantities.forEach((quantity, quantityIndex) => {
          const verdict = judgeQuantity(quantity, mentions);
          if (verdict.stated) return;
          const { qualifier } = quantity;
          const figure = `${formatQuantity(quantity)}${qualifier === 'exactly' ? '' : ` (${qualifier})`}`;
          const point = briefingPoint(briefing, ['claims', index, 'quantities', quantityIndex, 'value']);
          let message: string;
          if (verdict.why === 'qualifier') {
            // The figure is there; the words around it say something the claim's qualifier does not.
            const quoted = verdict.quoted === 'exactly' ? 'a bare figure' : `"${qualifierWords(verdict.quoted)}"`;
            message =
              `quantity ${figure} of claim "${claim.id}" does not follow from its quote: ${says(verdict.mention, 'the quote says')} ` +
              `${asQuoted(verdict.mention)} with ${quoted}, which does not support ${qualifierWords(verdict.claimed)}. ` +
              `Set the qualifier to what the quote says (${verdict.quoted}), or cite a quote that states the figure as the claim does`;
          } else if (verdict.why === 'less-precise') {
            message =
              `quantity ${figure} of claim "${claim.id}" is sharper than its source: the claim says ${formatFigure(quantity.value)}; ` +
              `${says(verdict.mention, 'its quotes say')} ${asQuoted(verdict.mention)}, which is less precise. Round the claim to the source, ` +
              `or cite a source that gives ${formatFigure(quantity.value)}`;
          } else {
            const figures = mentions.filter((mention) => !mention.isYear && !mention.isDatePart);
            const found =
              quotes.length === 0
                ? 'it has no supporting citation with a quote'
                : verdict.why === 'unit'
                  ? `${state} ${listFigures(verdict.mentions, withUnitWords)}: the figure, but not in ${quantity.unit}${why}`
                  : figures.length === 0
                    ? `${state} no figure${why}`
                    : `${state} ${listFigures(figures, asQuoted)}${qualifier === 'about' ? ' (about allows 5%)' : ''}${why}`;
            message = `quantity ${figure} of claim "${claim.id}" is not stated by any supporting quote: ${found}. Quote the passage that gives the figure, or correct the quantity`;
          }
          report({ file: briefing.file.path, point, message });
        });
      }
    }
  },
});
