/**
 * The header search box, first view: `/` or Ctrl/Cmd-K focuses it. Its list (box-panel.ts) and the search load
 * on the box's first focus, so a page that is only read never downloads them.
 */
const form = document.querySelector<HTMLFormElement>('[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const root = document.documentElement;

if (form && input) {
  input.addEventListener('focus', () => void import('./box-panel.ts').then((m) => m.attach(form, input)), {
    once: true,
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
