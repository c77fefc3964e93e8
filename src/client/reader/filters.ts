/**
 * The reading page's speaker and term filters (components/ReadingFilters.astro):
 * show only matching paragraphs, with the filter in the URL (?speaker=…&term=…).
 */
import { pageWords } from '../../i18n/scripts/reading.ts';

const panel = document.querySelector<HTMLElement>('[data-filters]');
const speakerSelect = panel?.querySelector<HTMLSelectElement>('select[name="speaker"]');
const termSelect = panel?.querySelector<HTMLSelectElement>('select[name="term"]');
const statusLine = panel?.querySelector<HTMLElement>('[data-filter-status]');

function applyFilters() {
  const speaker = speakerSelect?.value ?? '';
  const term = termSelect?.value ?? '';
  const pairs = [...document.querySelectorAll<HTMLElement>('section.pair')];
  let shown = 0;
  for (const pair of pairs) {
    const match =
      (!speaker || pair.dataset['speaker'] === speaker) &&
      (!term || (pair.dataset['terms'] ?? '').split(' ').includes(term));
    pair.hidden = !match;
    if (match) shown++;
  }
  if (statusLine) statusLine.textContent = speaker || term ? pageWords().showing(shown, pairs.length) : '';
  const url = new URL(location.href);
  for (const [key, value] of [
    ['speaker', speaker],
    ['term', term],
  ] as const) {
    if (value) url.searchParams.set(key, value);
    else url.searchParams.delete(key);
  }
  history.replaceState(history.state, '', url);
}

const params = new URLSearchParams(location.search);
if (speakerSelect) speakerSelect.value = params.get('speaker') ?? speakerSelect.value;
if (termSelect) termSelect.value = params.get('term') ?? termSelect.value;
speakerSelect?.addEventListener('change', applyFilters);
termSelect?.addEventListener('change', applyFilters);
// A choice made while this code was loading counts too; a filter from the link opens the page's tools,
// where it shows and can be undone (a closed disclosure says "filter on" as well).
if (speakerSelect?.value || termSelect?.value) {
  if (params.has('speaker') || params.has('term')) panel?.closest('details')?.setAttribute('open', '');
  applyFilters();
}
