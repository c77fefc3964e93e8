(() => {
  const root = document.documentElement;
  root.classList.replace('no-js', 'js');
  try {
    const theme = localStorage.getItem('bayan:theme');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    const size = localStorage.getItem('bayan:text-size');
    if (size && /^[1-5]$/.test(size)) root.dataset.textSize = size;
    const view = new URLSearchParams(location.search).get('view') || localStorage.getItem('bayan:view');
    if (view && /^(side|stacked|ar|en)$/.test(view)) root.dataset.view = view;
    // Word mode and vowels (docs/word-study.md): off unless the URL or a remembered choice says on.
    for (const study of ['words', 'vowels']) {
      const chosen = new URLSearchParams(location.search).get(study) || localStorage.getItem(`bayan:${study}`);
      if (chosen === 'on') root.dataset[study] = 'on';
    }
    if (localStorage.getItem('bayan:shortcuts') === 'off') root.dataset.shortcuts = 'off';
    const lang = localStorage.getItem('bayan:lang');
    const homes = root.dataset.homes && JSON.parse(root.dataset.homes);
    if (homes && lang && lang !== root.lang && homes[lang]) location.replace(homes[lang]);
  } catch {}
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('[data-language-switch]');
    if (!link) return;
    link.href = link.pathname + location.search + location.hash;
    try {
      localStorage.setItem('bayan:lang', link.hreflang);
    } catch {}
  });
})();
