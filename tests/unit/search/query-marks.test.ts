import { describe, expect, it } from 'vitest';
import { bestSegment, excerpt, queryMarkRanges, wordMatches } from '../../../src/lib/search/query-marks.ts';
import { queryTokens } from '../../../src/lib/search/text.ts';

const marked = (text: string, query: string, phrases: string[] = []) =>
  queryMarkRanges(
    text,
    queryTokens(query),
    phrases.map((p) => queryTokens(p)),
  ).map((r) => text.slice(r.start, r.end));

describe('queryMarkRanges', () => {
  it('marks Arabic words in any of their forms', () => {
    expect(marked('تعاون بريكس ورئاسة مجموعة البريكس', 'بريكس')).toEqual(['بريكس', 'البريكس']);
    expect(marked('دعم الصين وبالصين للصين', 'الصين')).toEqual(['الصين', 'وبالصين', 'للصين']);
  });

  it('marks English plurals and capitalised forms', () => {
    expect(marked('development of vaccines and medicines', 'vaccine')).toEqual(['vaccines']);
    expect(marked('BRICS cooperation', 'brics')).toEqual(['BRICS']);
  });

  it('marks a glossary phrase the query stands for, as one mark', () => {
    expect(marked('في منظمة شانغهاي للتعاون ومجلس', 'SCO', ['منظمة شانغهاي للتعاون'])).toEqual([
      'منظمة شانغهاي للتعاون',
    ]);
  });

  it('does not mark a phrase word that stands alone', () => {
    expect(marked('التعاون العملي', 'SCO', ['منظمة شانغهاي للتعاون'])).toEqual([]);
  });
});

describe('excerpt', () => {
  const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
  it('keeps short texts whole', () => {
    expect(excerpt('a b c', [{ start: 2, end: 3 }])).toEqual({ text: 'a b c', ranges: [{ start: 2, end: 3 }] });
  });
  it('centres a long text on the first mark, with ellipses and shifted ranges', () => {
    const start = long.indexOf('w50');
    const out = excerpt(long, [{ start, end: start + 3 }], 10);
    expect(out.text).toBe('… w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 …');
    expect(out.text.slice(out.ranges[0]!.start, out.ranges[0]!.end)).toBe('w50');
  });
});

describe('bestSegment', () => {
  const segments = [
    { original: [0, 10], english: [0, 20] },
    { original: [11, 30], english: [21, 50] },
  ] as const;
  it('picks the sentence holding most marks, counting both languages', () => {
    expect(
      bestSegment(segments, {
        original: [{ start: 12, end: 15 }],
        english: [
          { start: 2, end: 5 },
          { start: 30, end: 35 },
        ],
      }),
    ).toBe(1);
  });
  it('takes the first of equals, and none when nothing is marked', () => {
    expect(bestSegment(segments, { original: [{ start: 1, end: 3 }], english: [{ start: 25, end: 28 }] })).toBe(0);
    expect(bestSegment(segments, { original: [], english: [] })).toBeUndefined();
  });
});

describe('wordMatches', () => {
  it('highlights inflected forms', () => {
    expect(wordMatches('vaccines', 'vaccine')).toBe(true);
    expect(wordMatches('Vaccines', 'vaccines')).toBe(true);
    expect(wordMatches('hegemonism', 'hegemony')).toBe(true);
    expect(wordMatches('والصين', 'صين')).toBe(true);
    expect(wordMatches('China', 'صين')).toBe(false);
  });
});
