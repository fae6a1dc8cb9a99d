import type { Root } from 'mdast';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { findUnsafeMdx, REFUSED_BY_SAFE_MODE } from '../checker/safe-mode.ts';
import { claimIdsPlacedBy } from '../reading/claim-marks.ts';
import { findDisallowedMarkup } from '../reading/html-policy.ts';

/**
 * The error the renderer throws when it meets what safe mode refuses. The checker should have
 * stopped the build first; reaching this means it was bypassed or has a gap, and the build stops
 * here instead of compiling the construct into code or markup. Astro reads `line:column:` at the
 * start of the message as the place in the file.
 */
export class RenderGuardError extends Error {
  override name = 'RenderGuardError';
}

/**
 * Safe mode inside the renderer: before Sätteri compiles a briefing, the same walkers the checker
 * runs (`safe-mode.ts` for code, `html-policy.ts` for raw HTML) look at the very tree that is about
 * to become JavaScript, and any finding fails the build with the file's line and column.
 */
export const renderGuard: MdastPluginDefinition = {
  name: 'corroborate-render-guard',
  options: { position: true },
  before(root) {
    const tree = root as unknown as Root;
    const unsafe = findUnsafeMdx(tree).map(({ message, position }) => ({ message, point: position.start }));
    const markup = findDisallowedMarkup(tree, REFUSED_BY_SAFE_MODE);
    const first = [...unsafe, ...markup].sort(
      (a, b) => a.point.line - b.point.line || a.point.column - b.point.column,
    )[0];
    if (first) {
      throw new RenderGuardError(
        `${first.point.line}:${first.point.column}: [unsafe-mdx] ${first.message.replace(/\.$/, '')}; ` +
          'the renderer refused it because the content check did not run or missed it: run npm run check',
      );
    }
  },
};

/**
 * Tells each paragraph and list item which claims' source cards to place after it, as the
 * `claimCards` prop of the component that renders it (`ClaimParagraph`). Derived from the tree
 * being rendered, so the page never searches its own HTML for claims.
 */
export const claimCardPlacement: HastPluginDefinition = {
  name: 'corroborate-claim-cards',
  element: {
    filter: ['p', 'li'],
    visit(node, context) {
      const ids = claimIdsPlacedBy(node);
      // A hast property list arrives as one space-separated string; ids are slugs, without spaces.
      if (ids.length > 0) context.setProperty(node, 'claimCards', ids.join(' '));
    },
  },
};
