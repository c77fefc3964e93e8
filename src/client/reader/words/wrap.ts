/**
 * Wraps each word of a paragraph's Arabic in `<span class="w">`, matching the analysed words to the
 * text in order. The default HTML has no per-word markup (first view budget): this runs when word mode
 * or vowels are first turned on. A word split by a term mark (و + «الصين» inside its link) is wrapped
 * piece by piece; the pieces share `data-i`.
 */
import { WORD } from '../../../lib/words/tokens.ts';

/** The pieces of each word, in order; undefined when the text and the list disagree (the paragraph stays as it is). */
export function wrapWords(paragraph: HTMLElement, published: readonly string[]): HTMLElement[][] | undefined {
  const nodes: { node: Text; start: number }[] = [];
  let full = '';
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.pair-num, .visually-hidden') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node: node as Text, start: full.length });
    full += (node as Text).data;
  }
  const matches = [...full.matchAll(WORD)];
  if (matches.length !== published.length || matches.some((m, i) => m[0] !== published[i])) return undefined;

  const pieces: HTMLElement[][] = matches.map(() => []);
  // From the last word back, so that splitting a text node leaves the offsets of the words before it valid.
  for (let i = matches.length - 1; i >= 0; i--) {
    const start = matches[i]!.index;
    const end = start + matches[i]![0].length;
    for (const { node, start: at } of nodes) {
      const from = Math.max(start, at) - at;
      const to = Math.min(end, at + node.data.length) - at;
      if (from >= to) continue;
      if (to < node.data.length) node.splitText(to);
      const middle = from > 0 ? node.splitText(from) : node;
      const span = document.createElement('span');
      span.className = 'w';
      span.dataset['i'] = String(i);
      middle.replaceWith(span);
      span.append(middle);
      pieces[i]!.push(span);
    }
  }
  return pieces;
}
