/** Pointing at, focusing or tapping a sentence lights it and its counterpart in the other column. */
import { segmentOf, withCounterpart } from './sentence-dom.ts';

const LIT = 'is-lit';
let pointed: HTMLElement | null = null;
let tapped: HTMLElement | null = null;

export function relight() {
  const lit = new Set(
    [pointed, tapped, segmentOf(document.activeElement)]
      .filter((s): s is HTMLElement => s !== null)
      .flatMap(withCounterpart),
  );
  for (const element of document.querySelectorAll<HTMLElement>(`.${LIT}`))
    if (!lit.has(element)) element.classList.remove(LIT);
  for (const element of lit) element.classList.add(LIT);
}

export function onPointerOver(event: Event) {
  if ((event as PointerEvent).pointerType === 'touch') return; // a tap lights through click
  pointed = segmentOf(event.target);
  relight();
}

export function onClick(event: Event) {
  if ((event.target as Element).closest('a, button')) return;
  const segment = segmentOf(event.target);
  tapped = segment === tapped ? null : segment;
  relight();
}

/** Escape lets go of a tapped sentence. */
export function untap() {
  tapped = null;
}
