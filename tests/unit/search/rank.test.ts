import { describe, expect, it } from 'vitest';
import { paragraphRegions, type Facets, type ParagraphMap } from '../../../src/lib/search/map.ts';
import { rankParagraphs, type PageHit } from '../../../src/lib/search/rank.ts';

/**
 * Two readouts laid out by their paragraphs' length classes (map.ts). "en_a": three paragraphs of about
 * 8, 8 and 32 own words (classes 6, 6 and a: 9, 9 and 38 positions) with glossary names of class 9 (26
 * positions), so paragraph 1 is words 0–34 (names from 9), paragraph 2 is 35–69 (names from 44),
 * paragraph 3 is 70–133 (names from 108). "en_b": one paragraph of about 8 words, names from 9.
 */
const MAP: ParagraphMap = {
  paragraphs: 4,
  layouts: { en_a: ['66a', '999'], en_b: ['6', '9'] },
};
const FACETS: Facets = {
  speakers: ['Narration', 'Vladimir Putin', 'Xi Jinping'],
  kinds: ['Organisation', 'Person'],
  readouts: {
    en_a: [
      [0, 2, 1],
      [1, 0, 3],
    ],
    en_b: [[2], [2]],
  },
};

const hit = (page: string, ...words: number[]): PageHit => ({ page, words });
const order = (ranking: ReturnType<typeof rankParagraphs>) =>
  ranking.paragraphs.map((p) => `${p.page.slice(3)}#${p.n}`);

describe('rankParagraphs', () => {
  it('maps each word position to the paragraph holding it, at the boundaries too', () => {
    expect(paragraphRegions(MAP.layouts['en_a']!)).toEqual([
      { start: 0, names: 9 },
      { start: 35, names: 44 },
      { start: 70, names: 108 },
    ]);
    expect(order(rankParagraphs(MAP, [[hit('en_a', 34)]]))).toEqual(['a#1']);
    expect(order(rankParagraphs(MAP, [[hit('en_a', 35)]]))).toEqual(['a#2']);
    expect(order(rankParagraphs(MAP, [[hit('en_a', 133)]]))).toEqual(['a#3']);
    expect(order(rankParagraphs(MAP, [[hit('en_a', 80), hit('en_b', 0)]])).sort()).toEqual(['a#3', 'b#1']);
  });

  it('lists paragraphs with every word first, then those with most words', () => {
    const ranking = rankParagraphs(MAP, [[hit('en_a', 0, 36, 80)], [hit('en_a', 37, 81)], [hit('en_a', 38)]]);
    expect(order(ranking)).toEqual(['a#2', 'a#3', 'a#1']);
    expect(ranking.paragraphs.map((p) => p.all)).toEqual([true, false, false]);
  });

  it('puts a shorter paragraph first when both say the word as often, and the one that says it more when both are as long', () => {
    expect(order(rankParagraphs(MAP, [[hit('en_a', 80), hit('en_b', 3)]]))).toEqual(['b#1', 'a#3']);
    expect(order(rankParagraphs(MAP, [[hit('en_a', 8), hit('en_b', 3, 4)]]))).toEqual(['b#1', 'a#1']);
  });

  it('weighs a match in the paragraph’s own words above one among its glossary names', () => {
    // a#1 holds the word among its names (from 9); b#1, as long, says it itself.
    expect(order(rankParagraphs(MAP, [[hit('en_a', 10), hit('en_b', 7)]]))).toEqual(['b#1', 'a#1']);
    expect(order(rankParagraphs(MAP, [[hit('en_a', 5), hit('en_b', 10)]]))).toEqual(['a#1', 'b#1']);
  });

  it('without other differences, keeps Pagefind’s order of readouts, then the order of paragraphs', () => {
    expect(order(rankParagraphs(MAP, [[hit('en_b', 1), hit('en_a', 1, 36)]]))).toEqual(['b#1', 'a#1', 'a#2']);
  });

  it('puts paragraphs that mention a term the query names first, those naming it most plainly first of all, but adds none', () => {
    const naming = [[hit('en_a', 108, 109, 14, 49)]];
    expect(order(rankParagraphs(MAP, [[hit('en_a', 1, 2, 3, 80), hit('en_b', 3)]], naming))).toEqual([
      'a#3',
      'a#1',
      'b#1',
    ]);
  });

  it('counts speakers and kinds of term before filtering; any chosen value of a filter will do, and all filters must hold', () => {
    const all = [[hit('en_a', 0, 36, 80), hit('en_b', 0)]];
    const ranking = rankParagraphs(MAP, all, [], FACETS, { speaker: ['Xi Jinping'] });
    expect(rankParagraphs(MAP, all).counts).toEqual({ speaker: {}, kind: {} });
    expect(order(ranking).sort()).toEqual(['a#2', 'b#1']);
    expect(ranking.counts.speaker).toEqual({ Narration: 1, 'Xi Jinping': 2, 'Vladimir Putin': 1 });
    expect(ranking.counts.kind).toEqual({ Organisation: 2, Person: 2 });
    expect(order(rankParagraphs(MAP, all, [], FACETS, { speaker: ['Xi Jinping', 'Narration'] })).sort()).toEqual([
      'a#1',
      'a#2',
      'b#1',
    ]);
    expect(order(rankParagraphs(MAP, all, [], FACETS, { speaker: ['Xi Jinping'], kind: ['Person'] }))).toEqual(['b#1']);
    expect(order(rankParagraphs(MAP, all, [], FACETS, { kind: ['Organisation'] })).sort()).toEqual(['a#1', 'a#3']);
  });

  it('puts a paragraph holding a word as typed above one holding only a corrected word, even one naming a term', () => {
    // Word 0 was typed right; word 1 was corrected with one edit. a#1 holds word 0, a#2 only the correction.
    const perWord = [[hit('en_a', 5)], [hit('en_a', 40, 41)]];
    expect(order(rankParagraphs(MAP, perWord, [[hit('en_a', 49)]], undefined, {}, [0, 1]))).toEqual(['a#1', 'a#2']);
    // Without the correction the same hits rank by naming and by BM25, as before.
    expect(order(rankParagraphs(MAP, perWord, [[hit('en_a', 49)]]))).toEqual(['a#2', 'a#1']);
  });

  it('among corrected words, puts the paragraph whose words needed fewer edits first', () => {
    // Two words, each corrected: word 0 with half an edit, word 1 with two.
    const perWord = [[hit('en_a', 80)], [hit('en_a', 5)]];
    expect(order(rankParagraphs(MAP, perWord, [], undefined, {}, [0.5, 2]))).toEqual(['a#3', 'a#1']);
    expect(order(rankParagraphs(MAP, perWord, [], undefined, {}, [2, 0.5]))).toEqual(['a#1', 'a#3']);
  });

  it('ignores a page the map does not know', () => {
    expect(rankParagraphs(MAP, [[hit('en_zzz', 1)]]).paragraphs).toEqual([]);
  });
});
