/**
 * Where the Arabic sentences of a paragraph break: the sentence rule (sentences.ts), corrected by
 * `::split[words]` (a sentence starts at these words) and `::join[words]` (the break the rule
 * found inside these words is not one) lines in the gloss block.
 */
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { foldArabic } from '../language/arabic.ts';
import type { Report } from './body-markup.ts';
import { sentenceBreaks, type Span } from './sentences.ts';

export const SPLIT = 'split';
export const JOIN = 'join';

/** The Arabic sentence breaks after overrides, reporting overrides that point at nothing. */
export function arabicBreaks(text: string, overrides: readonly LeafDirective[], n: number, report: Report): number[] {
  const breaks = new Set(sentenceBreaks(text));
  const folded = foldArabic(text);
  for (const override of overrides) {
    const words = toString(override);
    const at = findOnce(folded, words);
    const how =
      override.name === SPLIT
        ? `::split[…] names the words a sentence starts with`
        : `::join[…] names words that hold a break the rule found`;
    if (words.trim() === '' || at === 'missing') {
      report(
        override,
        `The override ::${override.name}[${words}] does not occur in Arabic paragraph ${n}. ${how}; copy them exactly as they stand in the paragraph.`,
      );
    } else if (at === 'ambiguous') {
      report(
        override,
        `The override ::${override.name}[${words}] occurs more than once in Arabic paragraph ${n}. Quote more words, so that it points at one place.`,
      );
    } else if (override.name === SPLIT) {
      if (breaks.has(at.start) || at.start === 0)
        report(
          override,
          `::split[${words}] points at a sentence that already starts there in paragraph ${n}. Remove the line.`,
        );
      breaks.add(at.start);
    } else {
      const inside = [...breaks].filter((b) => b > at.start && (b <= at.end || text.slice(at.end, b).trim() === ''));
      if (inside.length === 0)
        report(
          override,
          `::join[${words}] holds no sentence break in paragraph ${n}. Quote the words on both sides of the full stop, or remove the line.`,
        );
      for (const b of inside) breaks.delete(b);
    }
  }
  return [...breaks].sort((a, b) => a - b);
}

function findOnce(folded: ReturnType<typeof foldArabic>, words: string): Span | 'missing' | 'ambiguous' {
  const needle = foldArabic(words.trim()).text;
  if (!needle) return 'missing';
  const first = folded.text.indexOf(needle);
  if (first < 0) return 'missing';
  if (folded.text.indexOf(needle, first + 1) >= 0) return 'ambiguous';
  return { start: folded.map[first]!, end: folded.map[first + needle.length]! };
}
