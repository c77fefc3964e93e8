/**
 * Paragraph and sentence link fragments: `#p-12` is paragraph 12; `#p-4-6` is the
 * range 4 to 6 (a reversed range such as `#p-6-4` means the same); `#p-15.7` is
 * sentence 7 of paragraph 15, and `#p-15.7-9` its sentences 7 to 9.
 *
 * Why a dot: it reads as "paragraph 15, sentence 7", like a verse reference (3.16),
 * and it cannot be confused with the hyphen of a paragraph range, so every
 * existing `#p-N` and `#p-N-M` link keeps its meaning.
 */
export interface ParagraphRange {
  from: number;
  to: number;
  /** Present for a sentence link: the sentences of paragraph `from`. */
  sentences?: { from: number; to: number };
}

/** The id of paragraph n's section (`p-12`), which `#p-12` links to. */
export const paragraphId = (n: number | string) => `p-${n}`;
/** The id of sentence s of paragraph n (`p-15.7`), on the Arabic side. */
export const sentenceId = (n: number | string, s: number | string) => `p-${n}.${s}`;

const HASH = /^#p-([1-9]\d*)(?:-([1-9]\d*)|\.([1-9]\d*)(?:-([1-9]\d*))?)?$/;

export function parseParagraphHash(hash: string): ParagraphRange | null {
  const match = HASH.exec(hash);
  if (!match) return null;
  const [, first, last, sentence, lastSentence] = match.map(Number);
  if (sentence) return { from: first!, to: first!, sentences: ordered(sentence, lastSentence || sentence) };
  return ordered(first!, last || first!);
}

const ordered = (a: number, b: number) => ({ from: Math.min(a, b), to: Math.max(a, b) });

/** The ids a fragment needs on its page: both ends of a range. */
export function idsOf(range: ParagraphRange): string[] {
  const { from, to, sentences } = range;
  return sentences
    ? [sentenceId(from, sentences.from), sentenceId(from, sentences.to)]
    : [paragraphId(from), paragraphId(to)];
}
