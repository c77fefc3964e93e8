/** How plainly a paragraph names a term, for ranking (../rank.ts): measured when the index is built. */
import { isArabic, queryTokens } from '../text.ts';

/**
 * How plainly a paragraph names a term: how many of the term's names, forms and aliases its own
 * text holds (by whole words; Arabic folded, with or without the article). The paragraph
 * that says "the novel coronavirus pandemic … coronavirus" is about it; one that says "the pandemic" only
 * mentions it. Given the paragraph's text, returns the measure for any term's names, so the text is
 * normalised once however many terms it mentions.
 */
export function namingStrength(english: string, original: string): (names: readonly string[]) => number {
  // Both sides as the search box normalises a query: folded, lower-cased, a leading article removed.
  const lower = ` ${queryTokens(english).join(' ')} `;
  const arabic = ` ${queryTokens(original).join(' ')} `;
  return (names) => {
    const found = new Set<string>();
    for (const name of names) {
      const tokens = queryTokens(name).join(' ');
      if (!tokens) continue;
      if (isArabic(name) ? arabic.includes(` ${tokens}`) : lower.includes(` ${tokens} `)) found.add(tokens);
    }
    return Math.max(1, found.size);
  };
}
