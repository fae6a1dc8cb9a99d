import { formatQuantity } from '../../lib/format-figure.ts';
import { quantityIsStated, readNumbers } from '../../lib/numbers/index.ts';
import type { Rule } from '../model.ts';
import { briefingPoint } from './locate.ts';

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
          const stated = mentions
            .filter((mention) => !mention.isYear && !mention.isDatePart)
            .map((mention) => mention.text);
          const found =
            quotes.length === 0
              ? 'it has no supporting citation with a quote'
              : stated.length === 0
                ? 'its supporting quotes state no figure'
                : `its supporting quotes state ${[...new Set(stated)].map((text) => `"${text}"`).join(', ')}`;
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
