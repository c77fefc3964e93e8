/**
 * A paragraph page's behaviour: its citation, its sentences (both at once: the page is small), and, as on
 * the reading page (reader.ts), each paragraph's menu, whose code loads on the first press of its button
 * (or ↑ ↓ on it), and the reader's own notes, drawn at once only for a reader who has some.
 */
import './cite.ts';
import './sentences.ts';
import { stored } from '../site/storage.ts';

let menu: typeof import('./pair-menu.ts') | undefined;
for (const type of ['click', 'keydown']) {
  document.addEventListener(type, (e) => {
    if (menu) return menu.handle(e);
    const arrow = /^Arrow(Up|Down)$/.test((e as KeyboardEvent).key);
    if (!(e.target as Element).closest?.('.pair-menu-button') || (type === 'keydown' && !arrow)) return;
    e.preventDefault();
    void import('./pair-menu.ts').then((m) => (menu = m).handle(e));
  });
}
if (stored('bayan:notes')) void import('./notes/paint.ts').then((m) => m.paint());
