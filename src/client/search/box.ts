/**
 * The header search box: `/` or Ctrl/Cmd-K focuses it; typing lists the best
 * paragraphs; ↑/↓ move, Enter opens, Escape closes. The search itself
 * (Pagefind, the paragraph map, the glossary) loads on first focus, in a chunk of its own.
 */
const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const panel = form?.querySelector<HTMLElement>('[data-site-search-panel]');
const list = form?.querySelector<HTMLElement>('[data-site-search-list]');
const status = form?.querySelector<HTMLElement>('[data-site-search-status]');
const SHOWN = 8;
const root = document.documentElement;

if (form && input && panel && list && status) {
  const engine = () => import('./engine.ts');
  const render = () => import('./render.ts');
  let active = -1;
  let latest = 0;
  let timer = 0;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) select(-1);
  };
  const select = (index: number) => {
    const all = options();
    active = index;
    all.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    const chosen = all[index];
    if (chosen) {
      input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  async function run() {
    const raw = input!.value.trim();
    const ticket = ++latest;
    if (!raw) return setOpen(false);
    const [{ search }, { allResults, boxOptionTitle, boxStatus, excerpts }] = await Promise.all([engine(), render()]);
    const outcome = await search(raw, { limit: SHOWN });
    if (ticket !== latest) return;
    status!.textContent = boxStatus(outcome);
    list!.replaceChildren(
      ...outcome.hits.map((hit, i) => {
        const option = Object.assign(document.createElement('a'), {
          href: hit.href,
          id: `site-search-option-${i}`,
          className: 'site-search__option',
        });
        option.setAttribute('role', 'option');
        option.tabIndex = -1;
        const { primary } = excerpts(hit, outcome, 18);
        const title = Object.assign(document.createElement('span'), {
          className: 'site-search__title',
          textContent: boxOptionTitle(hit),
        });
        const text = Object.assign(document.createElement('span'), {
          className: 'site-search__text',
          lang: primary.lang,
          dir: primary.dir,
        });
        text.append(primary.text);
        option.append(title, text);
        return option;
      }),
      ...(outcome.total > 0
        ? [
            Object.assign(document.createElement('a'), {
              href: `${form!.action}?q=${encodeURIComponent(raw)}`,
              className: 'site-search__all',
              textContent: allResults(raw),
            }),
          ]
        : []),
    );
    list!.dataset['query'] = raw; // which query the list shows (tests and benchmarks wait on it)
    select(-1);
    setOpen(true);
  }

  input.addEventListener('focus', () => void engine().then((e) => e.prepare()), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(run, 30);
  });
  input.addEventListener('keydown', (e) => {
    const count = options().length;
    if (e.key === 'ArrowDown' && count) {
      e.preventDefault();
      if (panel.hidden) setOpen(true);
      select((active + 1) % count);
    } else if (e.key === 'ArrowUp' && count) {
      e.preventDefault();
      select((active - 1 + count) % count);
    } else if (e.key === 'Escape') {
      if (!panel.hidden) {
        e.preventDefault();
        setOpen(false);
      } else input.blur();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      location.href = options()[active]!.href;
    }
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node)) setOpen(false);
  });
  document.addEventListener('keydown', (e) => {
    const typing =
      e.target instanceof HTMLElement &&
      (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    if (
      (e.key === 'k' && (e.ctrlKey || e.metaKey)) ||
      // `/` is a single-key shortcut: off with the others (src/client/reader/shortcuts.ts; WCAG 2.1.4).
      (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && root.dataset['shortcuts'] !== 'off')
    ) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
}

export {}; // a module, so its top-level names stay its own
