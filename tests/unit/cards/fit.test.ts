import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fit, wordsOf, wrap } from '../../../src/lib/cards/fit.ts';

/** One unit a character: enough to test where lines break. */
const chars = (text: string) => [...text].length;

describe('quote card lines', () => {
  it('wraps by whole words, a line never wider than asked', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', chars, 10)).toEqual([
      'the quick',
      'brown fox',
      'jumps over',
      'the lazy',
      'dog',
    ]);
  });

  it('gives a word wider than a line a line of its own, never breaking it', () => {
    expect(wrap('a multilateralism b', chars, 6)).toEqual(['a', 'multilateralism', 'b']);
  });

  it('leaves a text that fits as it is', () => {
    expect(fit('short and sweet', chars, 40, 2)).toEqual({ lines: ['short and sweet'], shortened: false });
  });

  it('shortens a long text at a word boundary, with an ellipsis, within the line', () => {
    const text = 'On BRICS cooperation, Xi Jinping noted that the Chinese side will take over the chairmanship';
    const { lines, shortened } = fit(text, chars, 24, 2);
    expect(shortened).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    for (const line of lines) expect(chars(line)).toBeLessThanOrEqual(24);
    // Every word shown is a whole word of the text, in its order.
    const shown = wordsOf(lines.join(' ').slice(0, -1));
    expect(wordsOf(text).slice(0, shown.length)).toEqual(shown);
    expect(lines).toEqual(['On BRICS cooperation, Xi', 'Jinping noted that the…']);
  });

  it('drops the punctuation before the ellipsis: “cooperation…”, not “cooperation,…”', () => {
    expect(fit('On BRICS cooperation, Xi Jinping noted', chars, 22, 1).lines).toEqual(['On BRICS cooperation…']);
  });

  it('shortens Arabic at a word boundary too, the ellipsis after the last word kept', () => {
    const text = 'فيما يخص تعاون بريكس، أشار شي جينبينغ إلى أن الجانب الصيني سيتولى رئاسة مجموعة البريكس';
    const { lines, shortened } = fit(text, chars, 30, 2);
    expect(shortened).toBe(true);
    expect(lines).toEqual(['فيما يخص تعاون بريكس، أشار شي', 'جينبينغ إلى أن الجانب الصيني…']);
    for (const word of wordsOf(lines.join(' ').slice(0, -1))) expect(wordsOf(text)).toContain(word);
  });
});
