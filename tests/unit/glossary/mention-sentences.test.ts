import { describe, expect, it } from 'vitest';
import { mentionSentences } from '../../../src/lib/glossary/mention-sentences.ts';
import type { PairText } from '../../../src/lib/readout/pairs.ts';

const original = 'قال شي إن بريكس مهمة. وأضاف أن الصين تدعم الأمم المتحدة.';
const gloss = 'Xi said BRICS matters. He added that China supports the United Nations.';
const at = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
const pair: PairText = {
  n: 12,
  speaker: 'xi-jinping',
  original,
  gloss,
  notes: [],
  terms: ['brics', 'china'],
  marks: {
    original: [
      { id: 'brics', ...at(original, 'بريكس') },
      { id: 'china', ...at(original, 'الصين') },
    ],
    gloss: [
      { id: 'brics', ...at(gloss, 'BRICS') },
      { id: 'china', ...at(gloss, 'China') },
    ],
  },
  segments: [
    { original: { start: 0, end: 21 }, gloss: { start: 0, end: 22 }, speaker: 'xi-jinping' },
    { original: { start: 22, end: original.length }, gloss: { start: 23, end: gloss.length }, speaker: 'xi-jinping' },
  ],
};

describe('mentionSentences', () => {
  it('gives only the aligned sentences that name the term, with the marks inside each sentence', () => {
    const [only, ...rest] = mentionSentences(pair, new Set(['china']));
    expect(rest).toEqual([]);
    expect(only!.s).toBe(2);
    const { text, ranges } = only!.original;
    expect(text.slice(ranges[0]!.start, ranges[0]!.end)).toBe('الصين');
    expect(only!.gloss.text.slice(only!.gloss.ranges[0]!.start, only!.gloss.ranges[0]!.end)).toBe('China');
  });

  it('finds nothing for a term the pair does not mark', () => {
    expect(mentionSentences(pair, new Set(['united-nations']))).toEqual([]);
  });
});
