/**
 * A term's card as a popover on hover, focus or tap (Enter opens it pinned with focus inside,
 * Escape closes), with the counterpart in the other language highlighted.
 */
import { loadCards } from './term-cards.ts';
import { placeBeside } from './place-beside.ts';
import { MARK, termOf } from './term-mark.ts';

const root = document.documentElement;
const popover = Object.assign(document.createElement('div'), {
  id: 'term-popover',
  className: 'term-popover',
  hidden: true,
});
popover.setAttribute('role', 'dialog');
document.body.append(popover);
let current: HTMLElement | null = null;
/** The mark the reader last pointed at, focused or pressed, while its card may still be on its way. */
let wanted: HTMLElement | null = null;
let pinned = false;
let closeTimer = 0;
/** Set while Escape hands focus back to the mark, so that focus does not reopen the note. */
let returningFocus = false;

function open(mark: HTMLElement, pin: boolean) {
  clearTimeout(closeTimer);
  const id = termOf(mark);
  const card = document.querySelector(`[data-term-card="${id}"]`);
  if (!card) return;
  if (current !== mark) {
    close();
    popover.replaceChildren(...[...card.children].map((c) => c.cloneNode(true)));
    popover.setAttribute('aria-label', card.querySelector('strong')?.textContent ?? 'Term');
    current = mark;
    mark.setAttribute('aria-expanded', 'true');
    mark.setAttribute('aria-controls', popover.id);
    for (const twin of mark.closest('.pair')?.querySelectorAll<HTMLElement>(MARK) ?? []) {
      if (termOf(twin) === id) twin.classList.add('is-counterpart');
    }
  }
  pinned ||= pin;
  popover.hidden = false;
  place(mark);
}

/**
 * Opens the mark's popover once the cards are in, if the reader still wants it then. A press whose
 * card cannot be had follows the mark's link to the term page.
 */
function openWhenReady(mark: HTMLElement, pin: boolean, then?: () => void) {
  wanted = mark;
  void loadCards().then((ready) => {
    if (wanted !== mark) return;
    if (!ready) return pin && location.assign((mark as HTMLAnchorElement).href);
    open(mark, pin);
    then?.();
  });
}

export function close() {
  wanted = null;
  if (!current) return;
  current.setAttribute('aria-expanded', 'false');
  for (const twin of document.querySelectorAll('.is-counterpart')) twin.classList.remove('is-counterpart');
  popover.hidden = true;
  current = null;
  pinned = false;
}

const closeSoon = () => {
  clearTimeout(closeTimer);
  closeTimer = window.setTimeout(() => !pinned && close(), 200);
};

const place = (mark: HTMLElement) => placeBeside(popover, mark, 352);

document.addEventListener('mouseover', (e) => {
  const mark = (e.target as Element).closest<HTMLElement>(MARK);
  if (mark && !root.dataset['marks']) openWhenReady(mark, false);
  else if ((e.target as Element).closest('#term-popover')) clearTimeout(closeTimer);
});
document.addEventListener('mouseout', (e) => {
  if (!(e.target as Element).closest(`${MARK}, #term-popover`)) return;
  if (!pinned) wanted = null;
  closeSoon();
});
document.addEventListener('focusin', (e) => {
  const mark = (e.target as Element).closest<HTMLElement>(MARK);
  if (returningFocus) returningFocus = false;
  else if (mark) openWhenReady(mark, false);
  else if (!popover.contains(e.target as Node)) close();
});
document.addEventListener('click', (e) => {
  const mark = (e.target as Element).closest<HTMLElement>(MARK);
  if (mark && !root.dataset['marks']) {
    // Tap, click or Enter pins the popover; its own link leads to the term page.
    e.preventDefault();
    const keyboard = e.detail === 0;
    openWhenReady(mark, true, () => keyboard && popover.querySelector('a')?.focus());
  } else if (!popover.contains(e.target as Node)) {
    close();
  }
});
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || !current) return;
  const mark = current;
  const inside = popover.contains(document.activeElement);
  close();
  if (inside) {
    returningFocus = true;
    mark.focus();
  }
});
addEventListener('resize', () => current && place(current));
// A card grows after it is placed (its Chinese face arrives after the fallback's shorter lines): placed again, so a
// card above its mark never comes down over it.
new ResizeObserver(() => current && !popover.hidden && place(current)).observe(popover);
