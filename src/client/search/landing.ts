/**
 * Arriving from a search (`?q=…#p-N`): marks the searched words, in any of
 * their forms, in both languages, and the glossary terms the query names.
 * Loaded by the reading page only when the URL carries a query.
 */
import { queryMarkRanges } from '../../lib/search/query-marks.ts';
import { queryTokens } from '../../lib/search/text.ts';
import { termPath } from '../../lib/site/urls.ts';
import { glossaryNames, namedTerms } from './engine.ts';

export async function markSearch(raw: string) {
  const tokens = queryTokens(raw);
  if (tokens.length === 0) return;
  const named = namedTerms(tokens, await glossaryNames());
  const phrases = named.flatMap((t) => t.keys.map((k) => k.split(' ')));
  for (const id of named.map((t) => t.id)) {
    for (const mark of document.querySelectorAll(`a.term[href$="/${termPath(id)}"]`)) mark.classList.add('search-hit');
  }
  for (const block of document.querySelectorAll<HTMLElement>('.pair-text, .gloss p')) markBlock(block, tokens, phrases);
}

/** Wraps matched ranges of the block's text in <mark>, splitting text nodes; the text itself is unchanged. */
function markBlock(block: HTMLElement, tokens: string[], phrases: string[][]) {
  const ranges = queryMarkRanges(block.textContent ?? '', tokens, phrases);
  if (ranges.length === 0) return;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; start: number }[] = [];
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: offset });
    offset += (n as Text).length;
  }
  // Right to left, so earlier offsets stay valid while later nodes are split.
  for (const range of [...ranges].reverse()) {
    for (const { node, start } of [...nodes].reverse()) {
      const end = start + node.length;
      if (end <= range.start || start >= range.end) continue;
      const from = Math.max(range.start, start) - start;
      const to = Math.min(range.end, end) - start;
      const middle = node.splitText(from);
      middle.splitText(to - from);
      const mark = Object.assign(document.createElement('mark'), { className: 'search-hit' });
      middle.replaceWith(mark);
      mark.append(middle);
    }
  }
}
