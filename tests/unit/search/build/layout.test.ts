import { describe, expect, it } from 'vitest';
import { classLength, classWidth, lengthClass } from '../../../../src/lib/search/map.ts';
import {
  buildParagraphMap,
  foretoldCounts,
  laidOutAsCounted,
  padding,
  recordLayout,
  wordCounts,
} from '../../../../src/lib/search/build/layout.ts';

describe('the record layout', () => {
  const paragraphs = new Map([
    [
      'r',
      [
        { speaker: 'Xi Jinping', kinds: ['Person'] },
        { speaker: 'Narration', kinds: ['Person', 'Organisation'] },
      ],
    ],
  ]);
  // Unpadded: paragraph 1 has 7 own words and 2 of names, paragraph 2 has 11 and 5.
  const unpadded = {
    page: 'en_0',
    slug: 'r',
    wordCount: 25,
    anchors: [
      { id: 'p-1', location: 0 },
      { id: 'n-1', location: 7 },
      { id: 'p-2', location: 9 },
      { id: 'n-2', location: 20 },
    ],
  };

  it('counts each region’s words, and pads each to the width of its length class', () => {
    const counts = wordCounts(unpadded, 2);
    expect(counts).toEqual([
      { own: 7, names: 2 },
      { own: 11, names: 5 },
    ]);
    // Classes 6, 2, 7 and 5: at most 9, 2, 13 and 6 words.
    expect(recordLayout(counts)).toEqual(['67', '25']);
    expect(padding(counts)).toEqual([
      { own: 2, names: 0 },
      { own: 2, names: 1 },
    ]);
  });

  it('makes a class as wide as its longest length, and no wider', () => {
    for (let words = 1; words < 5000; words++) {
      const width = classWidth(lengthClass(words));
      expect(width).toBeGreaterThanOrEqual(words);
      expect(lengthClass(width)).toBe(lengthClass(words));
      expect(lengthClass(width + 1)).not.toBe(lengthClass(words));
    }
    expect(classWidth(lengthClass(0))).toBe(1);
  });

  const padded = (anchors: { id: string; location: number }[]) => [{ page: 'en_1', slug: 'r', wordCount: 30, anchors }];
  const layouts = new Map([['r', wordCounts(unpadded, 2)]]);
  const placed = [
    { id: 'p-1', location: 0 },
    { id: 'n-1', location: 9 },
    { id: 'p-2', location: 11 },
    { id: 'n-2', location: 24 },
  ];

  it('maps each readout to its layout and length classes, and keeps speakers and kinds of term in the facets', () => {
    expect(buildParagraphMap(padded(placed), layouts, paragraphs)).toEqual({
      map: { paragraphs: 2, layouts: { en_1: ['67', '25'] } },
      facets: {
        speakers: ['Narration', 'Xi Jinping'],
        kinds: ['Organisation', 'Person'],
        readouts: {
          en_1: [
            [1, 0],
            [2, 3],
          ],
        },
      },
    });
    expect(classLength(lengthClass(300)) / 300).toBeGreaterThan(0.81);
    expect(classLength(lengthClass(300)) / 300).toBeLessThan(1.19);
  });

  it('fails, naming the readout and section, when Pagefind placed a paragraph elsewhere or lost it', () => {
    const shifted = placed.map((a) => (a.id === 'p-2' ? { ...a, location: 12 } : a));
    expect(() => buildParagraphMap(padded(shifted), layouts, paragraphs)).toThrow(
      'the search index placed section p-2 of r at word 12, not 11',
    );
    expect(() => buildParagraphMap(padded(placed.slice(0, 2)), layouts, paragraphs)).toThrow(
      'the search index lost section p-2 of r',
    );
  });

  it('foretells each region’s count as its runs between white space, and tells a record laid out otherwise', () => {
    const record = { slug: 'r', paragraphs: [{ own: ' one  two\nthree ', names: '', written: '' }] };
    expect(foretoldCounts(record)).toEqual([{ own: 3, names: 0 }]);
    const counts = wordCounts(unpadded, 2);
    expect(laidOutAsCounted(padded(placed)[0]!, counts)).toBe(true);
    expect(laidOutAsCounted({ ...padded(placed)[0]!, wordCount: 31 }, counts)).toBe(false);
    const shifted = placed.map((a) => (a.id === 'n-2' ? { ...a, location: 25 } : a));
    expect(laidOutAsCounted(padded(shifted)[0]!, counts)).toBe(false);
  });

  it('refuses, by name, a region longer than the last class is wide', () => {
    expect(() => padding([{ own: 300_000, names: 0 }])).toThrow('a search record region of 300000 words');
  });

  it('fails when the index holds a readout that was not built', () => {
    expect(() => buildParagraphMap([{ ...padded(placed)[0]!, slug: 'ghost' }], layouts, paragraphs)).toThrow('ghost');
  });
});
