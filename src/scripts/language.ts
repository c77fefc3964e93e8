/** The language switch keeps the reader's place (hash, view, query, filters) and remembers the choice for the home page. */
document.querySelector<HTMLAnchorElement>('[data-language-switch]')?.addEventListener('click', (event) => {
  const link = event.currentTarget as HTMLAnchorElement;
  link.href = link.pathname + location.search + location.hash;
  try {
    localStorage.setItem('bayan:lang', link.hreflang);
  } catch {
    // Private mode: the choice is not remembered.
  }
});

export {};
