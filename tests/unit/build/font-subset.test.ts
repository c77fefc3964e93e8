import { describe, expect, it } from 'vitest';
import { missingGlyphs, subsetArabicFace } from '../../../src/lib/build/font-subset.ts';

describe('the Arabic face subset', () => {
  it('keeps the characters of its texts and every basic Arabic letter, digit and mark, and is far smaller', async () => {
    const subset = await subsetArabicFace(['ﻻ بيان']);
    for (const ch of 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءآأؤإئىة٠١٢٣٤٥٦٧٨٩،؛؟ـًٌٍَُِّْﻻ')
      expect(subset.kept.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(subset.woff2.length).toBeLessThan(subset.fullBytes / 3);
  });

  it('names what a page shows and the subset lacks, but not what the full face lacks too', async () => {
    const subset = await subsetArabicFace(['بيان']);
    expect(missingGlyphs('بيان ١٢', subset)).toEqual([]);
    // پ and ڤ are in the full face (Persian, and Maghrebi v) but in no Bayan text; Latin is in neither.
    expect(missingGlyphs('پاکستان ڤ Latin', subset)).toEqual(['پ', 'ک', 'ڤ']);
  });
});
