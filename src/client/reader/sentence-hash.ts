/** `#p-15.7` and `#p-15.7-9` open on those sentences, marked on both sides. */
import { parseParagraphHash, sentenceId } from '../../lib/readout/paragraph-hash.ts';
import { SEGMENT, visible } from './sentence-dom.ts';

/** Marks the sentences `#p-N.s(-t)` names on both sides, and brings the first one in view below the toolbar. */
export function landFromHash() {
  const range = parseParagraphHash(location.hash);
  // Found by its first sentence's anchor: a paragraph page shows the pair without the paragraph's id.
  const pair =
    range?.sentences && document.getElementById(sentenceId(range.from, range.sentences.from))?.closest('.pair');
  if (!range?.sentences || !pair) return;
  const marked: HTMLElement[] = [];
  for (let s = range.sentences.from; s <= range.sentences.to; s++)
    marked.push(...pair.querySelectorAll<HTMLElement>(`${SEGMENT}[data-s="${s}"]`));
  for (const element of marked) element.classList.add('is-highlighted');
  // The higher of the two sides (in side-by-side layout either may be); a hidden column is skipped.
  const first = marked.filter(visible).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
  if (!first) return;
  first.tabIndex = -1;
  // Focus brings screen readers (and the next Tab) to the sentence; the marking already shows where it is.
  first.focus({ preventScroll: true, focusVisible: false } as FocusOptions);
  first.scrollIntoView({ block: 'start' });
}
