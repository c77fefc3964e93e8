/**
 * Sentences of the aligned text (`.seg`, numbered by `data-s` within their pair):
 *
 * - pointing at, focusing or tapping a sentence lights it and its counterpart in
 *   the other column;
 * - keys: from a column's paragraph number (already a tab stop), ↓ enters its
 *   sentences; ↑ ↓ (and ← → in reading order), Home and End move sentence by
 *   sentence; Tab goes on to the next control. No sentence is a tab stop of its own;
 * - `#p-15.7` and `#p-15.7-9` open on those sentences, marked on both sides;
 * - selecting text offers "Copy link to this sentence".
 * Loaded by the reading page on first use, and by paragraph pages; each part is a module of its
 * own (sentence-*.ts), wired here.
 */
import { landFromHash } from './sentence-hash.ts';
import { onKeyDown } from './sentence-keys.ts';
import { onClick, onPointerOver, relight } from './sentence-light.ts';
import { onSelectionChange } from './sentence-link.ts';

const listeners: Record<string, (event: Event) => void> = {
  pointerover: onPointerOver,
  click: onClick,
  focusin: relight,
  keydown: (event) => onKeyDown(event as KeyboardEvent),
  selectionchange: onSelectionChange,
};
for (const [type, listener] of Object.entries(listeners)) document.addEventListener(type, listener);
document.addEventListener('focusout', () => requestAnimationFrame(relight));
addEventListener('hashchange', landFromHash);
// After the browser's own jump to the fragment (the Arabic sentence's id), which would otherwise win.
requestAnimationFrame(landFromHash);
onSelectionChange(); // a selection may have been made while this module loaded

/** The event that loaded this module, handled as if the listeners above had seen it. */
export const handle = (event: Event) => listeners[event.type]?.(event);
