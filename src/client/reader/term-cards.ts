/**
 * The terms' cards are a file of their own (src/lib/glossary/term-cards.ts), fetched on the reader's
 * first pointer movement, touch, focus or key: before that no card can be asked for.
 */
import type { TermCardsFile } from '../../lib/glossary/term-cards.ts';
import { MARK, termOf } from './term-mark.ts';

const notes = document.querySelector<HTMLElement>('[data-term-cards]');
let cards: Promise<boolean> | undefined;

/** Resolves once the cards are in the page (false if the file could not be read; the next ask tries again). */
export function loadCards(): Promise<boolean> {
  cards ??= fetch(new URL(notes?.dataset['termCards'] ?? '', location.href))
    .then((response) =>
      response.ok ? (response.json() as Promise<TermCardsFile>) : Promise.reject(new Error(`HTTP ${response.status}`)),
    )
    .then(({ html }) => {
      const parsed = document.createElement('template');
      parsed.innerHTML = html;
      notes!.replaceChildren(parsed.content);
      // Now a screen reader hears each mark's note with it.
      for (const mark of document.querySelectorAll(MARK)) {
        const card = `term-note-${termOf(mark)}`;
        if (document.getElementById(card)) mark.setAttribute('aria-describedby', card);
      }
      return true;
    })
    .catch(() => ((cards = undefined), false));
  return cards;
}
for (const type of ['pointerover', 'pointerdown', 'focusin', 'keydown'])
  document.addEventListener(type, () => void loadCards(), { once: true, passive: true });
