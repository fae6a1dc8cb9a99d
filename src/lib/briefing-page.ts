import type { BriefingView } from '../lib/briefing-view.ts';

/**
 * The one channel through which a briefing page hands its view to the components MDX renders
 * inside its body (`Claim`, and `ClaimParagraph` for `p` and `li`), which receive only what the
 * editor wrote as props. The layout sets it before the body renders, as Starlight sets its route
 * data; components read it with `briefingPage`, never from `Astro.locals` directly.
 */
export function setBriefingPage(locals: App.Locals, view: BriefingView): void {
  locals.briefing = view;
}

/** The view of the briefing being rendered; a component used outside a briefing page is a bug. */
export function briefingPage(locals: App.Locals): BriefingView {
  const view = locals.briefing;
  if (!view) throw new Error('a briefing component was rendered outside a briefing page (no view was set)');
  return view;
}
