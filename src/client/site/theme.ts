/** The light/dark switch (components/ThemeToggle.astro). Starts from the system theme; a choice is remembered. */
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset['theme'] ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
const sync = () => button?.setAttribute('aria-pressed', String(isDark()));
button?.addEventListener('click', () => {
  const next = isDark() ? 'light' : 'dark';
  root.dataset['theme'] = next;
  try {
    localStorage.setItem('bayan:theme', next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  sync();
});
systemDark.addEventListener('change', sync);
sync();

export {}; // a module, so its top-level names stay its own
