import { describe, expect, it } from 'vitest';
import { classLength, lengthClass } from '../../../../src/lib/search/map.ts';
import { buildParagraphMap, slotLayout, wordCounts } from '../../../../src/lib/search/build/layout.ts';

describe('the slot layout', () => {
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

  it('counts each region’s words, and makes every slot as wide as the widest', () => {
    const counts = wordCounts(unpadded, 2);
    expect(counts).toEqual([
      { own: 7, names: 2 },
      { own: 11, names: 5 },
    ]);
    expect(slotLayout(counts)).toEqual({ slot: 16, own: 11 });
  });

  const padded = (anchors: { id: string; location: number }[]) => [{ page: 'en_1', slug: 'r', wordCount: 32, anchors }];
  const layouts = new Map([['r', { slot: 16, own: 11, regions: wordCounts(unpadded, 2) }]]);
  const placed = [
    { id: 'p-1', location: 0 },
    { id: 'n-1', location: 11 },
    { id: 'p-2', location: 16 },
    { id: 'n-2', location: 27 },
  ];

  it('maps each readout to its layout and length classes, and keeps speakers and kinds of term in the facets', () => {
    expect(buildParagraphMap(padded(placed), layouts, paragraphs)).toEqual({
      map: { paragraphs: 2, slots: { en_1: [16, 11, `${lengthClass(7)}${lengthClass(11)}`] } },
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
    const shifted = placed.map((a) => (a.id === 'p-2' ? { ...a, location: 17 } : a));
    expect(() => buildParagraphMap(padded(shifted), layouts, paragraphs)).toThrow(
      'the search index placed section p-2 of r at word 17, not 16',
    );
    expect(() => buildParagraphMap(padded(placed.slice(0, 2)), layouts, paragraphs)).toThrow(
      'the search index lost section p-2 of r',
    );
  });

  it('fails when the index holds a readout that was not built', () => {
    expect(() => buildParagraphMap([{ ...padded(placed)[0]!, slug: 'ghost' }], layouts, paragraphs)).toThrow('ghost');
  });
});
