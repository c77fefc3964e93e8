/** Writes a paragraph or sentence range back as its link fragment (kept apart from the parser, which every reading page loads). */
import { paragraphId, sentenceId, type ParagraphRange } from './paragraph-hash.ts';

/** `#p-15.7`, `#p-15.7-9`, `#p-12` or `#p-4-6`. */
export function hashOf({ from, to, sentences }: ParagraphRange): string {
  if (sentences)
    return `#${sentenceId(from, sentences.from)}${sentences.to > sentences.from ? `-${sentences.to}` : ''}`;
  return `#${paragraphId(from)}${to > from ? `-${to}` : ''}`;
}
