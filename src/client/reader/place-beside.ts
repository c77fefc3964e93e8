/**
 * Places a floating panel (a term note, a word card) below its anchor, or above it when there is more room
 * there, centred on it and kept inside the viewport. Coordinates are physical because they come from
 * getBoundingClientRect; the panel is absolutely positioned in the document.
 */
export function placeBeside(panel: HTMLElement, anchor: HTMLElement, maxWidth: number) {
  const box = anchor.getBoundingClientRect();
  const viewport = document.documentElement;
  const width = Math.min(maxWidth, viewport.clientWidth - 16);
  panel.style.width = `${width}px`;
  const left = Math.min(Math.max(8, box.left + box.width / 2 - width / 2), viewport.clientWidth - width - 8);
  const below = viewport.clientHeight - box.bottom;
  const above = box.top;
  const height = panel.offsetHeight;
  const top = height + 8 <= below || below >= above ? box.bottom + 6 : box.top - height - 6;
  panel.style.maxHeight = `${Math.max(below, above) - 12}px`;
  panel.style.left = `${left + scrollX}px`;
  panel.style.top = `${top + scrollY}px`;
}
