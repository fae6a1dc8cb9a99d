import { formatFigure, formatQuantity } from '../../lib/format-figure.ts';
import { judgeQuantity, qualifierWords, readNumbers, type NumberMention } from '../../lib/numbers/index.ts';
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
  summary: "a quantity no supporting quote states at the claim's precision and qualifier",
  examples: { fails: claiming(2_500_000_000), passes: claiming(2_000_000_000) },
  check({ briefings }, report) {
    for (const briefing of briefings) {
      for (const { claim, index } of briefing.claims) {
        if (!claim?.quantities?.length) continue;
        const quotes = claim.citations
          .filter((citation) => citation.stance === 'supports' && citation.quote !== undefined)
          .map((citation) => citation.quote!);
        const mentions = quotes.flatMap((quote) => readNumbers(quote));
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
              `quantity ${figure} of claim "${claim.id}" does not follow from its quote: the quote says ` +
              `${asQuoted(verdict.mention)} with ${quoted}, which does not support ${qualifierWords(verdict.claimed)}. ` +
              `Set the qualifier to what the quote says (${verdict.quoted}), or cite a quote that states the figure as the claim does`;
          } else if (verdict.why === 'less-precise') {
            message =
              `quantity ${figure} of claim "${claim.id}" is sharper than its source: the claim says ${formatFigure(quantity.value)}; ` +
              `its quotes say ${asQuoted(verdict.mention)}, which is less precise. Round the claim to the source, ` +
              `or cite a source that gives ${formatFigure(quantity.value)}`;
          } else {
            const figures = mentions.filter((mention) => !mention.isYear && !mention.isDatePart);
            const found =
              quotes.length === 0
                ? 'it has no supporting citation with a quote'
                : verdict.why === 'unit'
                  ? `its supporting quotes state ${listFigures(verdict.mentions, withUnitWords)}: the figure, but not in ${quantity.unit}`
                  : figures.length === 0
                    ? 'its supporting quotes state no figure'
                    : `its supporting quotes state ${listFigures(figures, asQuoted)}${qualifier === 'about' ? ' (about allows 5%)' : ''}`;
            message = `quantity ${figure} of claim "${claim.id}" is not stated by any supporting quote: ${found}. Quote the passage that gives the figure, or correct the quantity`;
          }
          report({ file: briefing.file.path, point, message });
        });
      }
    }
  },
});
