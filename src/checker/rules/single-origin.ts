import { publisherKey } from '../../lib/publisher-key.ts';
import { briefingPoint } from './locate.ts';
import { defineRule } from './define-rule.ts';
import { briefingOnWire, lines, theftBriefing, TIMES_SOURCE } from './example-files.ts';

/** A confirmed claim citing `wire` and `times`, two outlets that carried the UN panel's report. */
function confirmedBy(citations: string) {
  const { files } = briefingOnWire(theftBriefing({ status: 'confirmed', citations }));
  const panel = lines(
    'title: Midterm report of the Panel of Experts',
    'publisher: United Nations Security Council',
    'kind: official-report',
    'published: 2019-08',
  );
  return { files: { ...files, 'content/sources/times.yaml': TIMES_SOURCE, 'content/sources/panel.yaml': panel } };
}

/**
 * Two outlets repeating one wire story are not two confirmations. A citation's chain is its source
 * and the source it was seen through; when one source lies on every supporting chain, the claim
 * rests on that source alone, however many publishers carried it.
 */
export const singleOrigin = defineRule({
  id: 'single-origin',
  severity: 'warn',
  summary: 'a confirmed claim resting on one source or one publisher',
  examples: {
    fails: confirmedBy('[{ source: wire, via: panel }, { source: times, via: panel }]'),
    passes: confirmedBy('[{ source: wire }, { source: times }]'),
  },
  check({ briefings, sources }, report) {
    // A publisher on every chain is one origin too: two sources of one outlet, however its name is typed.
    const publisherOf = (id: string): string | undefined => {
      const name = sources.get(id)?.data.publisher;
      return name === undefined ? undefined : `publisher:${publisherKey(name)}`;
    };
    for (const briefing of briefings) {
      for (const { claim, index } of briefing.claims) {
        if (claim?.status !== 'confirmed') continue;
        const chains = claim.citations
          .filter((citation) => citation.stance === 'supports')
          .map((citation) => {
            const ids = citation.via === undefined ? [citation.source] : [citation.source, citation.via];
            return new Set([...ids, ...ids.flatMap((id) => publisherOf(id) ?? [])]);
          });
        if (chains.length < 2) continue;
        const common = [...chains[0]!].filter((id) => chains.every((chain) => chain.has(id)));
        const origin = common[0];
        if (origin === undefined) continue;
        // The publisher as the first supporting citation's source (or its via) spells it.
        const first = claim.citations.find((citation) => citation.stance === 'supports');
        const named = [first?.source, first?.via]
          .map((id) => (id === undefined ? undefined : sources.get(id)?.data.publisher))
          .find((name) => name !== undefined && `publisher:${publisherKey(name)}` === origin);
        report({
          file: briefing.file.path,
          point: briefingPoint(briefing, ['claims', index, 'status']),
          message:
            named === undefined
              ? `claim "${claim.id}" is confirmed, but all ${chains.length} supporting citations trace back to "${origin}"; ` +
                'cite an independent source, or use "reported"'
              : `claim "${claim.id}" is confirmed, but all ${chains.length} supporting citations trace back to one publisher, "${named}" ` +
                '(names are compared folding case, punctuation, white space and look-alike characters); cite an independent source, or use "reported"',
        });
      }
    }
  },
});
