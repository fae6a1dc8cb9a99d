import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where each claim's margin cards stand, beside where the claim itself starts and ends. */
export interface CardBox {
  id: string;
  top: number;
  bottom: number;
  left: number;
  claimTop: number;
  textRight: number;
}

/** Measures every group of margin cards on the page, with its claim, in the browser. */
export function cardLayout(page: Page): Promise<CardBox[]> {
  return page.$$eval('.claim-sources', (groups) =>
    groups.map((group) => {
      const id = (group as HTMLElement).dataset['sourcesFor'] ?? '';
      const claim = document.getElementById(`claim-${id}`)!.getBoundingClientRect();
      const box = group.getBoundingClientRect();
      return { id, top: box.top, bottom: box.bottom, left: box.left, claimTop: claim.top, textRight: claim.right };
    }),
  );
}

/** The side-by-side promise: each card group beside the text, level with its claim or below, none overlapping. */
export function expectCardsBesideClaims(boxes: readonly CardBox[]): void {
  expect(boxes.length).toBeGreaterThan(3);
  for (const [index, box] of boxes.entries()) {
    expect(box.top, `${box.id} starts level with its claim or below it`).toBeGreaterThanOrEqual(box.claimTop - 2);
    expect(box.left, `${box.id} stands beside the text`).toBeGreaterThan(box.textRight - 1);
    const previous = boxes[index - 1];
    if (previous) expect(box.top, `${box.id} does not overlap ${previous.id}`).toBeGreaterThanOrEqual(previous.bottom);
  }
}
