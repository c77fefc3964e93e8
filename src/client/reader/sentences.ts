/**
 * Sentences of the aligned text (`.seg`, numbered by `data-s` within their pair):
 *
 * - pointing at, focusing or tapping a sentence lights it and its counterpart in
 *   the other column;
 * - keys: from a column's paragraph number (already a tab stop), ↓ enters its
 *   sentences; ↑ ↓ (and ← → in reading order), Home and End move sentence by
 *   sentence; Tab goes on to the next control. No sentence is a tab stop of its own;
 * - `#p-15.7` and `#p-15.7-9` open on those sentences, marked on both sides;
 * - selecting text offers "Copy link to this sentence".
 * Loaded by the reading page on first use, and by paragraph pages.
 */
import { parseParagraphHash, type ParagraphRange } from '../../lib/readout/paragraph-hash.ts';
import { hashOf } from '../../lib/readout/paragraph-link.ts';
import { copyText } from '../site/clipboard.ts';
import { num, pageWords } from '../../i18n/scripts/reading.ts';

const SEGMENT = '.seg';
const LIT = 'is-lit';
const status = document.querySelector<HTMLElement>('[data-reader-status]');

const segmentOf = (target: EventTarget | Node | null): HTMLElement | null => {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  return element?.closest<HTMLElement>(SEGMENT) ?? null;
};
const pairOf = (segment: HTMLElement) => segment.closest<HTMLElement>('.pair');
/** A sentence and its counterpart: every segment of the pair with the same number. */
const withCounterpart = (segment: HTMLElement) => [...(pairOf(segment)?.querySelectorAll<HTMLElement>(`${SEGMENT}[data-s="${segment.dataset['s']}"]`) ?? [segment])];
const visible = (element: HTMLElement) => element.getClientRects().length > 0;

// Lighting a sentence with its counterpart -------------------------------------
let pointed: HTMLElement | null = null;
let tapped: HTMLElement | null = null;

function relight() {
  const lit = new Set([pointed, tapped, segmentOf(document.activeElement)].filter((s): s is HTMLElement => s !== null).flatMap(withCounterpart));
  for (const element of document.querySelectorAll<HTMLElement>(`.${LIT}`)) if (!lit.has(element)) element.classList.remove(LIT);
  for (const element of lit) element.classList.add(LIT);
}

function onPointerOver(event: Event) {
  if ((event as PointerEvent).pointerType === 'touch') return; // a tap lights through click
  pointed = segmentOf(event.target);
  relight();
}

function onClick(event: Event) {
  if ((event.target as Element).closest('a, button')) return;
  const segment = segmentOf(event.target);
  tapped = segment === tapped ? null : segment;
  relight();
}

// Keys: into a column's sentences from its paragraph number, then sentence by sentence -----
const columnOf = (element: Element) => [...(element.closest('.pair-col')?.querySelectorAll<HTMLElement>(SEGMENT) ?? [])];

function onKeyDown(event: KeyboardEvent) {
  const from = event.target as HTMLElement;
  const onNumber = from.matches?.('.pair-num');
  const segment = onNumber ? null : segmentOf(from);
  if ((!onNumber && (!segment || from !== segment)) || event.altKey || event.ctrlKey || event.metaKey) return;
  const column = columnOf(from);
  const at = segment ? column.indexOf(segment) : -1;
  const rtl = getComputedStyle(column[0] ?? from).direction === 'rtl';
  const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
  let next: number | undefined;
  if (event.key in step && (segment || step[event.key] === 1)) next = at + step[event.key]!;
  else if (segment && event.key === 'Home') next = 0;
  else if (segment && event.key === 'End') next = column.length - 1;
  else if (event.key === 'Escape') tapped = null;
  const target = next === undefined ? undefined : column[Math.max(0, Math.min(column.length - 1, next))];
  if (!target) return relight();
  event.preventDefault();
  target.tabIndex = -1; // focusable by script, never a tab stop
  target.focus();
}

// Sentence links ------------------------------------------------------------------
/** Marks the sentences `#p-N.s(-t)` names on both sides, and brings the first one in view below the toolbar. */
function landFromHash() {
  const range = parseParagraphHash(location.hash);
  // Found by its first sentence's anchor: a paragraph page shows the pair without the paragraph's id.
  const pair = range?.sentences && document.getElementById(`p-${range.from}.${range.sentences.from}`)?.closest('.pair');
  if (!range?.sentences || !pair) return;
  const marked: HTMLElement[] = [];
  for (let s = range.sentences.from; s <= range.sentences.to; s++) marked.push(...pair.querySelectorAll<HTMLElement>(`${SEGMENT}[data-s="${s}"]`));
  for (const element of marked) element.classList.add('is-highlighted');
  // The higher of the two sides (in side-by-side layout either may be); a hidden column is skipped.
  const first = marked.filter(visible).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
  if (!first) return;
  first.tabIndex = -1;
  // Focus brings screen readers (and the next Tab) to the sentence; the marking already shows where it is.
  first.focus({ preventScroll: true, focusVisible: false } as FocusOptions);
  first.scrollIntoView({ block: 'start' });
}

// "Copy link to this sentence" for a selection ------------------------------------
const offer = Object.assign(document.createElement('button'), { type: 'button', className: 'sentence-link', hidden: true });
let offered: ParagraphRange | null = null;

function selectedSentences(): { range: ParagraphRange; rect: DOMRect; pair: HTMLElement } | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const [a, b] = [segmentOf(selection.anchorNode), segmentOf(selection.focusNode)];
  const pair = a && b && pairOf(a);
  if (!a || !b || !pair || pair !== pairOf(b)) return null;
  const n = Number(pair.dataset['n']);
  const [s, t] = [Number(a.dataset['s']), Number(b.dataset['s'])].sort((x, y) => x - y) as [number, number];
  return { range: { from: n, to: n, sentences: { from: s, to: t } }, rect: selection.getRangeAt(0).getBoundingClientRect(), pair };
}

function onSelectionChange() {
  const selected = selectedSentences();
  offered = selected?.range ?? null;
  if (!selected) return void (offer.hidden = true);
  const { from, to } = selected.range.sentences!;
  offer.textContent = from === to ? pageWords().offerOne : pageWords().offerMany(num(from), num(to));
  // After the pair's own content in tab order; placed just below the selection.
  if (offer.parentElement !== selected.pair) selected.pair.append(offer);
  offer.hidden = false;
  const box = (offer.offsetParent ?? document.body).getBoundingClientRect();
  const left = Math.min(Math.max(selected.rect.left, 8), innerWidth - offer.offsetWidth - 8);
  offer.style.top = `${selected.rect.bottom - box.top + 6}px`;
  offer.style.left = `${left - box.left}px`;
}

async function copyOffered() {
  if (!offered) return;
  const link = location.origin + location.pathname + hashOf(offered);
  const { from, to } = offered.sentences!;
  const words = pageWords();
  if (await copyText(link)) {
    if (status) status.textContent = from === to ? words.sentenceCopied(num(offered.from), num(from)) : words.sentencesCopied(num(offered.from), num(from), num(to));
    offer.textContent = words.copied;
  } else offer.textContent = link;
}

// Pressing the button must not clear the selection it offers a link to.
offer.addEventListener('pointerdown', (event) => event.preventDefault());
offer.addEventListener('click', () => void copyOffered());
const listeners: Record<string, (event: Event) => void> = {
  pointerover: onPointerOver,
  click: onClick,
  focusin: relight,
  keydown: (event) => onKeyDown(event as KeyboardEvent),
  selectionchange: onSelectionChange,
};
for (const [type, listener] of Object.entries(listeners)) document.addEventListener(type, listener);
document.addEventListener('focusout', () => requestAnimationFrame(relight));
addEventListener('hashchange', landFromHash);
// After the browser's own jump to the fragment (the Arabic sentence's id), which would otherwise win.
requestAnimationFrame(landFromHash);
onSelectionChange(); // a selection may have been made while this module loaded

/** The event that loaded this module, handled as if the listeners above had seen it. */
export const handle = (event: Event) => listeners[event.type]?.(event);
