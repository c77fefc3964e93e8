/**
 * Term marks on the reading page: their cards (term-cards.ts) and popover (term-popover.ts),
 * marks on/off, and the speaker/term filters.
 */
import { store, stored } from '../site/storage.ts';
// In this order, as the page's first script runs them: the cards' loader, then the popover.
import './term-cards.ts';
import { close } from './term-popover.ts';
import { MARK } from './term-mark.ts';

const root = document.documentElement;

// Marks on/off, remembered.
const marksBox = document.querySelector<HTMLInputElement>('[data-filters] input[name="marks"]');

function showMarks(on: boolean) {
  if (on) delete root.dataset['marks'];
  else root.dataset['marks'] = 'off';
  // Hidden marks leave the tab order too.
  for (const mark of document.querySelectorAll<HTMLElement>(MARK)) mark.tabIndex = on ? 0 : -1;
  if (marksBox) marksBox.checked = on;
  close();
}

showMarks(stored('bayan:marks') !== 'off');
marksBox?.addEventListener('change', () => {
  showMarks(marksBox.checked);
  store('bayan:marks', marksBox.checked ? 'on' : 'off');
});

// Speaker and term filters: their code loads when a filter is in the URL or first touched.
const loadFilters = () => import('./filters.ts');
if (/[?&](speaker|term)=/.test(location.search)) void loadFilters();
for (const type of ['focusin', 'change'])
  document.querySelector('[data-filters]')?.addEventListener(type, () => void loadFilters(), { once: true });

export {}; // a module, so its top-level names stay its own
