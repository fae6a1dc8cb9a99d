import { formatQuantity } from '../../lib/format-figure.ts';
import {
  ABOUT_TOLERANCE,
  isWithin,
  quantityIsStated,
  readNumbers,
  type NumberMention,
} from '../../lib/numbers/index.ts';
import type { Rule } from '../model.ts';
import { briefingPoint } from './locate.ts';

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

export const quantityUnsupported: Rule = {
  id: 'quantity-unsupported',
  check({ briefings }, report) {
    for (const briefing of briefings) {
      for (const { claim, index } of briefing.claims) {
        if (!claim?.quantities?.length) continue;
        const quotes = claim.citations
          .filter((citation) => citation.stance === 'supports' && citation.quote !== undefined)
          .map((citation) => citation.quote!);
        const mentions = quotes.flatMap((quote) => readNumbers(quote));
        claim.quantities.forEach((quantity, quantityIndex) => {
          if (quantityIsStated(quantity, mentions)) return;
          const figure = `${formatQuantity(quantity)}${quantity.qualifier === 'exactly' ? '' : ` (${quantity.qualifier})`}`;
          const figures = mentions.filter((mention) => !mention.isYear && !mention.isDatePart);
          // When the figure is there but in another unit, saying only "they state 35" would read as a contradiction.
          const widen = quantity.qualifier === 'about' ? Math.abs(quantity.value) * ABOUT_TOLERANCE : 0;
          const sameFigure = figures.filter((mention) =>
            isWithin(quantity.value, mention.low - widen, mention.high + widen),
          );
          const found =
            quotes.length === 0
              ? 'it has no supporting citation with a quote'
              : sameFigure.length > 0
                ? `its supporting quotes state ${listFigures(sameFigure, withUnitWords)}: the figure, but not in ${quantity.unit}`
                : figures.length === 0
                  ? 'its supporting quotes state no figure'
                  : `its supporting quotes state ${listFigures(figures, asQuoted)}${quantity.qualifier === 'about' ? ` (about allows ${ABOUT_TOLERANCE * 100}%)` : ''}`;
          report({
            file: briefing.file.path,
            point: briefingPoint(briefing, ['claims', index, 'quantities', quantityIndex, 'value']),
            message: `quantity ${figure} of claim "${claim.id}" is not stated by any supporting quote: ${found}. Quote the passage that gives the figure, or correct the quantity`,
          });
        });
      }
    }
  },
};
