/**
 * A paragraph page's behaviour, loaded as on the reading page (reader.ts): its citation (open on this page)
 * at once; the code of its sentences on the first pointer, focus, click or key on a sentence or a paragraph
 * number, or at once for a sentence link (`#p-15.7`); each paragraph's menu on the first press of its button
 * (or ↑ ↓ on it); the reader's own notes drawn at once only for a reader who has some.
 */
import './cite.ts';
import { parseParagraphHash } from '../../lib/readout/paragraph-hash.ts';
import { stored } from '../site/storage.ts';

let sentences: Promise<typeof import('./sentences.ts')> | undefined;
let ready = false; // until then, the events that concern sentences are handed over as they come
const withSentences = (event?: Event) =>
  (sentences ??= import('./sentences.ts').then((m) => ((ready = true), m))).then((m) => event && m.handle(event));
for (const type of ['pointerover', 'focusin', 'click', 'keydown']) {
  document.addEventListener(
    type,
    (e) => !ready && (e.target as Element).closest?.('.seg, .pair-num') && void withSentences(e),
  );
}
const sentenceLink = () => parseParagraphHash(location.hash)?.sentences && void withSentences();
addEventListener('hashchange', sentenceLink);
sentenceLink();

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
