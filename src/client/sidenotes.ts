import { claimAnchor } from '../lib/anchors.ts';
/**
 * Progressive enhancement for briefing pages; everything works without it.
 * - Wide screens: lifts each claim's cards level with the claim, stacking them so none overlaps
 *   another (without script they sit in the margin after their paragraph).
 * - Focus or hover on a citation marker highlights its card; on narrow screens it shows a
 *   preview of the card by the marker. Escape closes it.
 */
const WIDE = window.matchMedia('(min-width: 1100px)');
const GAP = 12;
/**
 * A group pushed further than this below its claim is no longer beside it. Crowded groups give
 * up their quotes and links (still one click away in the notes, or on the marker) so the cards
 * stay with the text they support.
 */
const DRIFT = 48;

function alignCards(body: HTMLElement): void {
  const groups = [...body.querySelectorAll<HTMLElement>('.claim-sources')];
  if (!WIDE.matches) {
    body.classList.remove('is-aligned');
    body.style.minHeight = '';
    for (const group of groups) {
      group.style.top = '';
      group.classList.remove('is-compact');
    }
    return;
  }
  body.classList.add('is-aligned');
  for (const group of groups) group.classList.remove('is-compact');
  const origin = body.getBoundingClientRect().top;
  let floor = 0;
  let previous: { group: HTMLElement; top: number } | undefined;
  for (const group of groups) {
    const claim = document.getElementById(claimAnchor(group.dataset['sourcesFor'] ?? ''));
    const claimTop = claim ? claim.getBoundingClientRect().top - origin : floor;
    // The group above is in the way: it shrinks first, then this one if it must.
    if (previous && floor - claimTop > DRIFT && !previous.group.classList.contains('is-compact')) {
      previous.group.classList.add('is-compact');
      floor = previous.top + previous.group.offsetHeight + GAP;
    }
    const top = Math.max(claimTop, floor);
    if (top - claimTop > DRIFT) group.classList.add('is-compact');
    group.style.top = `${top}px`;
    floor = top + group.offsetHeight + GAP;
    previous = { group, top };
  }
  body.style.minHeight = `${floor}px`;
}

let preview: HTMLElement | undefined;

function closePreview(): void {
  preview?.remove();
  preview = undefined;
  // A description pointing at a removed element would leave screen readers a dangling reference.
  for (const marker of document.querySelectorAll('a.marker[aria-describedby="card-preview"]')) {
    marker.removeAttribute('aria-describedby');
  }
  for (const card of document.querySelectorAll('.card.is-highlighted')) card.classList.remove('is-highlighted');
}

function openPreview(marker: HTMLAnchorElement): void {
  closePreview();
  const card = document.querySelector<HTMLElement>(`.card[data-use="${marker.dataset['use'] ?? ''}"]`);
  if (!card) return;
  card.classList.add('is-highlighted');
  if (WIDE.matches) return;
  preview = document.createElement('div');
  preview.className = 'card-preview';
  preview.setAttribute('role', 'tooltip');
  preview.id = 'card-preview';
  const copy = card.cloneNode(true) as HTMLElement;
  copy.removeAttribute('data-use');
  // A preview is not a stop on the Tab path: moving focus into it would close it under the reader.
  for (const link of copy.querySelectorAll('a')) link.tabIndex = -1;
  const list = document.createElement('ul');
  list.className = 'cards';
  list.append(copy);
  preview.append(list);
  marker.setAttribute('aria-describedby', preview.id);
  // After the claim's whole group of numbers, so the preview never splits them across lines.
  (marker.closest('.markers') ?? marker).insertAdjacentElement('afterend', preview);
}

function init(): void {
  const body = document.querySelector<HTMLElement>('.briefing-body');
  if (!body) return;
  const align = () => {
    alignCards(body);
  };
  align();
  new ResizeObserver(align).observe(body);
  WIDE.addEventListener('change', align);
  void document.fonts.ready.then(align);

  const markerOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLAnchorElement>('a.marker') : null;
  document.addEventListener('focusin', (event) => {
    const marker = markerOf(event.target);
    if (marker) openPreview(marker);
  });
  document.addEventListener('focusout', (event) => {
    if (markerOf(event.target)) closePreview();
  });
  document.addEventListener('pointerover', (event) => {
    const marker = markerOf(event.target);
    if (marker && event.pointerType === 'mouse') openPreview(marker);
  });
  document.addEventListener('pointerout', (event) => {
    if (markerOf(event.target) && event.pointerType === 'mouse') closePreview();
  });
  // On touch, the first tap previews the card and the second follows the link to the note.
  document.addEventListener('click', (event) => {
    const marker = markerOf(event.target);
    if (!marker || WIDE.matches || !(event instanceof PointerEvent) || event.pointerType !== 'touch') return;
    if (marker.getAttribute('aria-describedby') === 'card-preview' && preview) return;
    event.preventDefault();
    openPreview(marker);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePreview();
  });
}

init();
