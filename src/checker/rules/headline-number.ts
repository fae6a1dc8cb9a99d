import { formatQuantity } from '../../lib/format-figure.ts';
import { halfUnitOf, isWithin, quantityBacksMention, readNumbers } from '../numbers/index.ts';
import type { Quantity } from '../../schemas/index.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, theftBriefing } from './example-files.ts';

/** The values a claim's quantity stands for: half a unit of its last significant digit either side. */
function rangeOf(value: number): [number, number] {
  const half = halfUnitOf(value);
  return [value - half, value + half];
}

/** A briefing with this title, whose claim states 2 billion US dollars. */
function titled(title: string) {
  return briefingOnWire(
    theftBriefing({
      title,
      fields: ['quantities: [{ value: 2000000000, unit: USD }]'],
      citations: ['- source: wire', '  quote: hackers stole $2 billion from banks'],
    }),
  );
}

export const headlineNumber = defineRule({
  id: 'headline-number',
  severity: 'error',
  summary: "a figure in the title or summary no quantity backs at the headline's own precision",
  examples: {
    fails: titled('Hackers stole $3bn, a UN panel says'),
    passes: titled('Hackers stole $2bn, a UN panel says'),
  },
  check({ briefings }, report) {
    for (const briefing of briefings) {
      // A claim that failed the schema may hold the quantity that backs the figure; until it is
      // fixed (schema says how), the figures cannot be judged.
      if (briefing.claims.length === 0 || briefing.claims.some((entry) => entry.claim === undefined)) continue;
      const quantities: { claimId: string; quantity: Quantity }[] = briefing.claims.flatMap(({ claim }) =>
        claim ? (claim.quantities ?? []).map((quantity) => ({ claimId: claim.id, quantity })) : [],
      );
      for (const field of ['title', 'summary'] as const) {
        const text = briefing.data[field];
        if (text === undefined) continue;
        for (const mention of readNumbers(text)) {
          // Years, dates, labels ("resolution 2464") and the word "one" ("one of the largest") are
          // not figures a claim could state.
          if (mention.isYear || mention.isDatePart || mention.isLabel) continue;
          if (mention.spelled && mention.value === 1 && mention.currency === undefined) continue;
          // A share ("two thirds of the funds") is not a quantity a claim counts.
          if (mention.isFraction === true && mention.currency === undefined && mention.percent !== true) continue;
          if (quantities.some(({ quantity }) => quantityBacksMention(quantity, mention))) continue;
          const range =
            mention.low === mention.high
              ? formatQuantity({ value: mention.value, unit: mention.currency ?? '' }).trim()
              : `${formatQuantity({ value: mention.low, unit: '' }).trim()} to ${formatQuantity({ value: mention.high, unit: mention.currency ?? '' }).trim()}`;
          const given = quantities.length
            ? `the claims give ${quantities.map(({ claimId, quantity }) => `${formatQuantity(quantity)} (${claimId})`).join(', ')}`
            : 'no claim lists quantities';
          // Precision flows one way: a claim less precise than the headline's figure cannot back it.
          const coarser = quantities
            .filter(
              ({ quantity }) =>
                quantityBacksMention({ ...quantity, value: mention.value }, mention) &&
                isWithin(mention.value, ...rangeOf(quantity.value)),
            )
            .sort((a, b) => Math.abs(a.quantity.value - mention.value) - Math.abs(b.quantity.value - mention.value))[0];
          if (coarser) {
            report({
              file: briefing.file.path,
              point: briefing.document?.locateWithin([field], mention.start) ?? { line: 1, column: 1 },
              message:
                `the ${field} says "${mention.text}" (${range}), but the claim "${coarser.claimId}" gives ` +
                `${formatQuantity(coarser.quantity)}, which is less precise: a headline may round its claims, never sharpen them. ` +
                `Round the ${field} to the claim, or give the claim the figure its source states`,
            });
            continue;
          }
          report({
            file: briefing.file.path,
            point: briefing.document?.locateWithin([field], mention.start) ?? { line: 1, column: 1 },
            message:
              `the ${field} says "${mention.text}" (${range}), but no claim's quantity backs it; ${given}. ` +
              'Correct the figure, or add the quantity to the claim that states it',
          });
        }
      }
    }
  },
});
