import type { BriefingView } from './briefing-view.ts';
import type { ClaimStatus } from '../schemas/index.ts';

/** A change a reader should know about: a dated correction, or a claim whose status changed. */
export type BriefingChange =
  | { kind: 'correction'; date: string; text: string; index: number }
  | {
      kind: 'status';
      date: string;
      claimId: string;
      claimText: string;
      from: ClaimStatus;
      to: ClaimStatus;
      note: string;
    };

/**
 * The status changes of a briefing's claims. A claim's `history` lists the statuses it had before
 * its current one, each dated the day it was first published; each entry's note says why it
 * changed. So the change away from an entry happened on the next entry's date, and the change to
 * the current status on the briefing's last date (`updated`, which the checker keeps no earlier
 * than the last history date).
 */
export function statusChanges(view: BriefingView): Extract<BriefingChange, { kind: 'status' }>[] {
  const lastDate = view.data.updated ?? view.data.published;
  return view.claims.flatMap((claim) =>
    (claim.history ?? []).map((entry, index, history) => {
      const next = history[index + 1];
      return {
        kind: 'status' as const,
        date: next?.date ?? lastDate,
        claimId: claim.id,
        claimText: claim.text,
        from: entry.status,
        to: next?.status ?? claim.status,
        note: entry.note,
      };
    }),
  );
}

/** Corrections and status changes of one briefing, newest first (ties: corrections first, then in order). */
export function briefingChanges(view: BriefingView): BriefingChange[] {
  const corrections = (view.data.corrections ?? []).map((correction, index): BriefingChange => ({
    kind: 'correction',
    date: correction.date,
    text: correction.text,
    index,
  }));
  // A stable sort keeps each briefing's own order among changes of one day.
  return [...corrections, ...statusChanges(view)].sort((a, b) => b.date.localeCompare(a.date));
}
