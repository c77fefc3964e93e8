/**
 * The reader's place survives a change of width (a phone turned, a window resized): the paragraph at
 * the top of the text stays there, below the sticky toolbar, which grows to two rows on a narrow
 * screen. The browser's own scroll anchoring keeps some line in place, but not below a taller toolbar,
 * nor the paragraph a link opened.
 */
export function keepReadingPlace(toolbar: HTMLElement) {
  const pairs = document.getElementsByClassName('pair');
  let place: { pair: Element; into: number } | undefined;
  let resizing = false;
  const below = () => toolbar.getBoundingClientRect().bottom;
  const notePlace = () => {
    const top = below();
    for (const pair of pairs) {
      const box = pair.getBoundingClientRect();
      // How far into the paragraph the toolbar's edge is, as a share of its height (negative: just above it).
      if (box.bottom > top)
        return void (place = scrollY > 0 ? { pair, into: (top - box.top) / box.height } : undefined);
    }
  };
  let noting = false;
  addEventListener(
    'scroll',
    () => !resizing && !noting && ((noting = true), requestAnimationFrame(() => ((noting = false), notePlace()))),
    { passive: true },
  );
  addEventListener('resize', () => {
    if (!place || resizing) return;
    resizing = true; // the browser's anchoring scrolls during the resize; the place is the one from before
    requestAnimationFrame(() => {
      const box = place!.pair.getBoundingClientRect();
      scrollBy(0, box.top - (below() - place!.into * box.height));
      requestAnimationFrame(() => (resizing = false));
    });
  });
}
