/**
 * The /search/ page: runs the query in the URL (?q=…, plus filters), keeps the
 * URL in step while the reader types, and lists paragraphs in rank order —
 * each an <a> to its `…#p-N` inside <main>.
 */
import { loadFacets, prepare, search, type Outcome } from './engine.ts';
import { excerpts, hitLabel, inScript, quoted } from './render.ts';
import { boxWords } from '../../i18n/scripts/search-box.ts';
import { resultsWords } from '../../i18n/scripts/search-results.ts';
import { offlineWords } from '../../i18n/scripts/offline.ts';
import type { FacetLabels } from '../../lib/search/map.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const filterPanel = document.querySelector<HTMLElement>('[data-search-filters]')!;
/** The filters' disclosure: collapsed on a phone, above the results; open beside them on a wide screen. */
const filterBox = document.querySelector<HTMLDetailsElement>('[data-search-filters-box]')!;
filterBox.open = matchMedia('(min-width: 60rem)').matches;
const words = resultsWords();
const FILTERS = words.filters;
type FilterName = keyof typeof FILTERS;
/** What the filters' values are called in this interface (English: the values themselves). */
let labels: FacetLabels | undefined;

const lang = document.documentElement.lang === 'ar' ? 'ar' : 'en';
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
const chosen: Record<FilterName, Set<string>> = {
  speaker: new Set(params.getAll('speaker')),
  kind: new Set(params.getAll('kind')),
};
/** Set by "Search exactly for …": the words as typed, none corrected, until the query changes. */
let exact = params.has('exact');
let latest = 0;

async function run() {
  const raw = input.value.trim();
  const ticket = ++latest;
  syncUrl(raw);
  if (!raw) {
    list.replaceChildren();
    status.textContent = '';
    filterBox.hidden = true;
    return;
  }
  const filters = Object.fromEntries(
    Object.entries(chosen)
      .filter(([, v]) => v.size)
      .map(([k, v]) => [k, [...v]]),
  );
  const facets = loadFacets();
  const outcome = await search(raw, { filters, facets, exact });
  labels = (await facets.catch(() => undefined))?.labels?.[document.documentElement.lang];
  if (ticket !== latest) return; // a newer keystroke has its own search under way
  render(outcome);
}

function syncUrl(raw: string) {
  const url = new URL(location.href);
  url.search = '';
  if (raw) url.searchParams.set('q', raw);
  if (raw && exact) url.searchParams.set('exact', '1');
  for (const [name, values] of Object.entries(chosen)) for (const v of values) url.searchParams.append(name, v);
  history.replaceState(history.state, '', url);
}

function render(outcome: Outcome) {
  const shown = outcome.hits.length;
  if (outcome.failure) status.textContent = boxWords().failure;
  else if (outcome.total === 0) {
    status.replaceChildren(words.none, ...quoted(outcome.raw), '.');
    if (outcome.suggestions.length) {
      status.append(words.try);
      outcome.suggestions.forEach((s, i) => {
        const a = Object.assign(inScript('a', s.text), { href: `?q=${encodeURIComponent(s.text)}` });
        a.addEventListener('click', (e) => {
          e.preventDefault();
          input.value = s.text;
          void run();
        });
        status.append(i ? words.comma : '', a);
      });
      status.append('.');
    }
  } else {
    const more = outcome.total > shown ? words.firstShown(shown) : '';
    const searched = outcome.correction?.query ?? outcome.raw;
    const [before, after] = words.count(outcome.total);
    status.replaceChildren(before, ...quoted(searched), `${after}${more}.`);
    if (outcome.correction) status.prepend(correctionLine(outcome.raw, outcome.correction.query), ' ');
    // “上海合作组织” → Shanghai Cooperation Organisation: 2 paragraphs.
    if (outcome.takenFor) {
      const names = outcome.takenFor.map((t) => (document.documentElement.lang === 'ar' ? t.ar : t.en));
      status.replaceChildren(
        ...quoted(outcome.raw),
        words.takenFor(names),
        boxWords().count(outcome.total, false),
        more,
      );
    }
    if (outcome.notSaved) status.append(' ', offlineWords().notSavedResults(outcome.notSaved));
  }
  list.replaceChildren(
    ...outcome.hits.map((hit) => {
      const item = document.createElement('li');
      item.className = 'result';
      const link = Object.assign(document.createElement('a'), {
        href: hit.href,
        textContent: hitLabel(hit),
        className: 'result-link',
      });
      const meta = Object.assign(document.createElement('p'), {
        className: 'result-meta',
        textContent: `${hit.meta.speaker[lang]}${boxWords().sep}${words.date(hit.meta.date)}${hit.all ? '' : words.someWords}`,
      });
      const { primary, secondary } = excerpts(hit, outcome);
      const texts = document.createElement('div');
      texts.className = 'result-texts';
      for (const side of [primary, secondary]) {
        const p = document.createElement('p');
        p.lang = side.lang;
        p.dir = side.dir;
        p.append(side.text);
        texts.append(p);
      }
      item.append(link, meta, texts);
      return item;
    }),
  );
  // Which query the list answers, as the header box marks its own: a query typed on the page replaces
  // the list without a page load, so scripts and tests can tell a fresh list from the last one.
  list.dataset['query'] = outcome.raw;
  renderFilters(outcome.counts);
}

/** "Showing results for strategic. Search exactly for “startegic”." — the link runs the query with no word corrected. */
function correctionLine(raw: string, query: string): HTMLElement {
  const shown = inScript('em', query);
  const link = Object.assign(document.createElement('a'), { href: `?q=${encodeURIComponent(raw)}&exact=1` });
  link.append(words.exactly[0], ...quoted(raw), words.exactly[1]);
  link.dataset['searchExact'] = '';
  link.addEventListener('click', (e) => {
    e.preventDefault();
    exact = true;
    void run();
  });
  const line = Object.assign(document.createElement('span'), { className: 'search-correction' });
  line.append(words.showingFor[0], shown, words.showingFor[1], '. ', link, '.');
  return line;
}

function renderFilters(counts: Outcome['counts']) {
  const groups = (Object.keys(FILTERS) as FilterName[]).filter(
    (name) => Object.keys(counts[name] ?? {}).length > 0 || chosen[name].size > 0,
  );
  filterBox.hidden = groups.length === 0;
  filterPanel.replaceChildren(
    ...groups.map((name) => {
      const set = document.createElement('fieldset');
      set.append(Object.assign(document.createElement('legend'), { textContent: FILTERS[name] }));
      const values = Object.entries(counts[name] ?? {})
        .filter(([value, count]) => count > 0 || chosen[name].has(value))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      for (const [value, count] of values) {
        const label = document.createElement('label');
        const box = Object.assign(document.createElement('input'), {
          type: 'checkbox',
          value,
          checked: chosen[name].has(value),
        });
        box.addEventListener('change', () => {
          if (box.checked) chosen[name].add(value);
          else chosen[name].delete(value);
          void run();
        });
        label.append(
          box,
          ` ${labels?.[name][value] ?? value} `,
          Object.assign(document.createElement('span'), { className: 'count', textContent: words.filterCount(count) }),
        );
        set.append(label);
      }
      return set;
    }),
  );
}

let timer = 0;
input.addEventListener('input', () => {
  exact = false; // a new query may be corrected again
  clearTimeout(timer);
  // Short enough to feel immediate; long enough not to search on every letter of a fast typist.
  timer = window.setTimeout(run, 30);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void run();
});
input.addEventListener('focus', () => void Promise.all([prepare(), loadFacets()]), { once: true });
if (input.value) void run();
else input.focus();
