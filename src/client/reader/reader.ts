/**
 * The reading page's behaviour: layout choice (remembered and in the URL),
 * text size, paragraph and range links, and each paragraph's menu.
 * One small module; everything it does also has a no-JavaScript fallback.
 */
import { paragraphId, parseParagraphHash } from '../../lib/readout/paragraph-hash.ts';
import { store, stored } from '../site/storage.ts';
import { keepReadingPlace } from './reading-place.ts';
import { DEFAULT_TEXT_SIZE, TEXT_SIZES } from '../../lib/site/text-sizes.ts';

const root = document.documentElement;
const VIEWS = ['side', 'stacked', 'ar', 'en'] as const;
type View = (typeof VIEWS)[number];
const wide = matchMedia('(min-width: 60rem)');

// Layout ---------------------------------------------------------------------
const isView = (v: unknown): v is View => VIEWS.includes(v as View);
const currentView = (): View => {
  const chosen = root.dataset['view'];
  return isView(chosen) ? chosen : wide.matches ? 'side' : 'stacked';
};
/** Side by side needs two readable columns; narrower, it shows stacked (readout.css), and so does the switch. */
const roomForTwo = matchMedia('(min-width: 48rem)');
const shownView = (): View => {
  const view = currentView();
  return view === 'side' && !roomForTwo.matches ? 'stacked' : view;
};
const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="view"]')];
const syncRadios = () => radios.forEach((r) => (r.checked = r.value === shownView()));

for (const radio of radios) {
  radio.addEventListener('change', () => {
    if (!isView(radio.value)) return;
    root.dataset['view'] = radio.value;
    store('bayan:view', radio.value);
    const url = new URL(location.href);
    url.searchParams.set('view', radio.value);
    history.replaceState(history.state, '', url);
  });
}
wide.addEventListener('change', syncRadios);
roomForTwo.addEventListener('change', syncRadios);
syncRadios();

// Text size ------------------------------------------------------------------
const sizeOutput = document.querySelector<HTMLOutputElement>('[data-text-size-value]');
const currentSize = () => Number(root.dataset['textSize'] ?? DEFAULT_TEXT_SIZE);
// In the page's digits (١١٥٪ in the Arabic interface), written by ReadingControls.astro.
const sizeLabels = JSON.parse(sizeOutput?.dataset['labels'] ?? '[]') as string[];
const showSize = () => sizeOutput && (sizeOutput.value = sizeLabels[currentSize() - 1] ?? '');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-text-size]')) {
  button.addEventListener('click', () => {
    const next = Math.min(TEXT_SIZES.length, Math.max(1, currentSize() + Number(button.dataset['textSize'])));
    root.dataset['textSize'] = String(next);
    store('bayan:text-size', String(next));
    showSize();
  });
}
showSize();

// Sticky toolbar: paragraphs scrolled into view land below it, whatever its height.
const toolbar = document.querySelector<HTMLElement>('[data-reading-controls]');
const measureToolbar = () => toolbar && root.style.setProperty('--bayan-sticky-offset', `${toolbar.offsetHeight}px`);
measureToolbar(); // now, before the landing scroll below; the observer follows later wraps and resizes
if (toolbar) new ResizeObserver(measureToolbar).observe(toolbar);

if (toolbar) keepReadingPlace(toolbar);

// Paragraph and range links (#p-12, #p-4-6); sentence links (#p-15.7) are sentences.ts's.
function markLinkedRange() {
  for (const el of document.querySelectorAll('.is-highlighted')) el.classList.remove('is-highlighted');
  const range = parseParagraphHash(location.hash);
  if (range?.sentences) void withSentences();
  if (!range || range.sentences) return;
  let first: HTMLElement | null = null;
  for (let n = range.from; n <= range.to; n++) {
    const pair = document.getElementById(paragraphId(n));
    if (!pair) continue;
    pair.classList.add('is-highlighted');
    first ??= pair;
  }
  if (!first) return;
  first.tabIndex = -1;
  first.focus({ preventScroll: true });
  first.scrollIntoView({ block: 'start' });
}
addEventListener('hashchange', markLinkedRange);
// After the toolbar height is known, so the landing paragraph is not hidden under it.
requestAnimationFrame(markLinkedRange);

// Sentences (counterparts, keys, sentence links, selections): their code loads on the first pointer,
// focus, click or key on a sentence or a paragraph number (any selection of a sentence starts with one).
let sentences: Promise<typeof import('./sentences.ts')> | undefined;
let ready = false; // until then, the events that concern sentences are handed over as they come
const withSentences = (event?: Event) =>
  (sentences ??= import('./sentences.ts').then((m) => ((ready = true), m))).then((m) => event && m.handle(event));
for (const type of ['pointerover', 'focusin', 'click', 'keydown']) {
  document.addEventListener(
    type,
    (e) => !ready && (e.target as Element).closest?.('.seg, .pair-num') && void withSentences(e),
  );
}

// A paragraph's menu: its code loads on the first press of a paragraph's button, or ↑ ↓ on it (the press then
// opens it; a copy from it still counts as the reader's gesture). Once loaded it sees every click and key.
let menu: typeof import('./pair-menu.ts') | undefined;
for (const type of ['click', 'keydown']) {
  document.addEventListener(type, (e) => {
    if (menu) return menu.handle(e);
    const arrow = /^Arrow(Up|Down)$/.test((e as KeyboardEvent).key);
    if (!(e.target as Element).closest?.('.pair-menu-button') || (type === 'keydown' && !arrow)) return;
    e.preventDefault();
    void import('./pair-menu.ts').then((m) => (menu = m).handle(e));
  });
}

// Word study (word mode, vowels): its code and the readout's words load when either is first turned on,
// or at once when the URL or a remembered choice has one on (init.js sets data-words, data-vowels).
const studyButtons = document.querySelectorAll<HTMLButtonElement>('[data-study]');
const study = () => import('./words/study.ts');
for (const button of studyButtons) {
  const kind = button.dataset['study'] === 'vowels' ? 'vowels' : 'words';
  button.setAttribute('aria-pressed', String(Boolean(root.dataset[kind])));
  button.addEventListener('click', () => void study().then((m) => m.toggle(kind)));
}
if (studyButtons.length > 0 && (root.dataset['words'] || root.dataset['vowels'])) void study().then((m) => m.start());
// Single-key shortcuts (j k g l v ?): their code loads on the first such key, or on "Keyboard shortcuts" in the
// page's tools, and decides itself (not while typing, not when switched off); once loaded it sees every key.
let shortcuts: typeof import('./shortcuts.ts') | undefined;
const withShortcuts = () => import('./shortcuts.ts').then((m) => (shortcuts = m));
document.addEventListener('keydown', (e) =>
  shortcuts ? shortcuts.handle(e) : /^Key[JKGLV]$|^Slash$/.test(e.code) && withShortcuts().then((m) => m.handle(e)),
);
document
  .querySelector('[data-shortcuts-open]')
  ?.addEventListener('click', () => withShortcuts().then((m) => m.openList()));
// The reader's own notes (kept in this browser): drawn at once only for a reader who has some; "My notes" in
// the page's tools loads the list.
if (stored('bayan:notes')) void import('./notes/paint.ts').then((m) => m.paint());
document
  .querySelector('[data-notes-open]')
  ?.addEventListener('click', () => import('./notes/panel.ts').then((m) => m.openPanel()));

// Arriving from a search: mark the searched words (the code loads only then).
const query = new URLSearchParams(location.search).get('q');
if (query) void import('../search/landing.ts').then(({ markSearch }) => markSearch(query));

// "Cite this readout" needs its script (today's date, copy buttons) only once it is opened.
document.addEventListener('toggle', (e) => (e.target as Element).matches?.('.cite') && void import('./cite.ts'), {
  capture: true,
});

// Printed pages carry the address they were printed from.
for (const el of document.querySelectorAll('[data-print-url]')) el.textContent = location.origin + location.pathname;
