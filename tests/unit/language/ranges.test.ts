import { describe, expect, it } from 'vitest';
import { sliceByRanges } from '../../../src/lib/language/ranges.ts';

describe('sliceByRanges', () => {
  it('gives the text between ranges and each range, in order, with no empty gaps', () => {
    const ranges = [
      { start: 0, end: 3, id: 'a' },
      { start: 4, end: 7, id: 'b' },
    ];
    expect(sliceByRanges('abc def ghi', ranges)).toEqual([
      { text: 'abc', range: ranges[0] },
      { text: ' ' },
      { text: 'def', range: ranges[1] },
      { text: ' ghi' },
    ]);
  });

  it('leaves a text without ranges whole', () => {
    expect(sliceByRanges('abc', [])).toEqual([{ text: 'abc' }]);
    expect(sliceByRanges('', [])).toEqual([]);
  });
});
