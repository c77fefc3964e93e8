/**
 * The reading page's behaviour: layout choice (remembered and in the URL),
 * text size, paragraph and range links, and the copy buttons.
 * One small module; everything it does also has a no-JavaScript fallback.
 */
import { parseParagraphHash } from '../lib/paragraph-hash.ts';
import { store } from './storage.ts';

const root = document.documentElement;
const VIEWS = ['side', 'stacked', 'ar', 'en'] as const;
type View = (typeof VIEWS)[number];
const SIZES = ['90%', '100%', '115%', '130%', '150%'];
const DEFAULT_SIZE = 2;
const wide = matchMedia('(min-width: 60rem)');

// Layout ---------------------------------------------------------------------
const isView = (v: unknown): v is View => VIEWS.includes(v as View);
const currentView = (): View => {
  const chosen = root.dataset['view'];
  return isView(chosen) ? chosen : wide.matches ? 'side' : 'stacked';
};
const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="view"]')];
const syncRadios = () => radios.forEach((r) => (r.checked = r.value === currentView()));

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
syncRadios();

// Text size ------------------------------------------------------------------
const sizeOutput = document.querySelector<HTMLOutputElement>('[data-text-size-value]');
const currentSize = () => Number(root.dataset['textSize'] ?? DEFAULT_SIZE);
const showSize = () => sizeOutput && (sizeOutput.value = SIZES[currentSize() - 1] ?? '100%');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-text-size]')) {
  button.addEventListener('click', () => {
    const next = Math.min(SIZES.length, Math.max(1, currentSize() + Number(button.dataset['textSize'])));
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

// Paragraph and range links (#p-12, #p-4-6); sentence links (#p-15.7) are sentences.ts's.
function highlightFromHash() {
  for (const el of document.querySelectorAll('.is-highlighted')) el.classList.remove('is-highlighted');
  const range = parseParagraphHash(location.hash);
  if (range?.sentences) void withSentences();
  if (!range || range.sentences) return;
  let first: HTMLElement | null = null;
  for (let n = range.from; n <= range.to; n++) {
    const pair = document.getElementById(`p-${n}`);
    if (!pair) continue;
    pair.classList.add('is-highlighted');
    first ??= pair;
  }
  if (!first) return;
  first.tabIndex = -1;
  first.focus({ preventScroll: true });
  first.scrollIntoView({ block: 'start' });
}
addEventListener('hashchange', highlightFromHash);
// After the toolbar height is known, so the landing paragraph is not hidden under it.
requestAnimationFrame(highlightFromHash);

// Sentences (counterparts, keys, sentence links): their code loads on the first touch of a sentence or a selection.
let sentences: Promise<typeof import('./sentences.ts')> | undefined;
const withSentences = (event?: Event) => (sentences ??= import('./sentences.ts')).then((m) => event && m.handle(event));
for (const type of ['pointerover', 'focusin', 'click', 'selectionchange']) {
  document.addEventListener(type, (e) => {
    if (!sentences && (type === 'selectionchange' ? !getSelection()?.isCollapsed : (e.target as Element).closest?.('.seg'))) void withSentences(e);
  });
}

// Copy buttons ---------------------------------------------------------------
const article = document.querySelector<HTMLElement>('[data-cite]');
const status = document.querySelector<HTMLElement>('[data-reader-status]');
const pageUrl = () => location.origin + location.pathname;

document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('.pair-copy');
  const pair = button?.closest<HTMLElement>('.pair');
  if (!button || !pair) return;
  const n = pair.dataset['n'] ?? '';
  const link = `${pageUrl()}#p-${n}`;
  let text = link;
  if (button.dataset['copy'] === 'pair') {
    const original = pair.querySelector('.pair-text')?.textContent ?? '';
    const gloss = [...pair.querySelectorAll('.gloss p')].map((p) => p.textContent).join('\n\n');
    const cite = (article?.dataset['cite'] ?? '').replace('{n}', n).replace('{url}', link);
    text = `${original}\n\n${gloss}\n\n— ${cite}`;
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard (an insecure origin, or permission refused): show the text to copy by hand.
    if (status) status.textContent = `Could not copy. ${text}`;
    return;
  }
  const label = button.textContent;
  button.textContent = 'Copied ✓';
  setTimeout(() => (button.textContent = label), 2000);
  if (status) status.textContent = button.dataset['copy'] === 'pair' ? `Paragraph ${n} copied with its citation.` : `Link to paragraph ${n} copied.`;
});

// Arriving from a search: mark the searched words (the code loads only then).
const query = new URLSearchParams(location.search).get('q');
if (query) void import('./search/landing.ts').then(({ markSearch }) => markSearch(query));

// "Cite this readout" needs its script (today's date, copy buttons) only once it is opened.
document.addEventListener('toggle', (e) => (e.target as Element).matches?.('.cite') && void import('./cite.ts'), { capture: true });

// Printed pages carry the address they were printed from.
for (const el of document.querySelectorAll('[data-print-url]')) el.textContent = pageUrl();
