import { describe, expect, it } from 'vitest';
import { missingGlyphs, subsetArabicFace } from '../../../src/lib/build/font-subset.ts';
import { CARD_WORDS } from '../../../src/i18n/scripts/card.ts';
import { ELLIPSIS } from '../../../src/lib/cards/fit.ts';

describe("the quote card's Arabic in the served face", () => {
  it('the reference line («شي جينبينغ، ١٥ ديسمبر ٢٠٢١، الفقرة ١٢») needs no character the cut lacks, whatever the content', async () => {
    const subset = await subsetArabicFace([]);
    const reference = CARD_WORDS.ar.reference('شي جينبينغ', '١٥ ديسمبر ٢٠٢١', 12);
    expect(reference).toBe('شي جينبينغ، ١٥ ديسمبر ٢٠٢١، الفقرة ١٢');
    expect(missingGlyphs(reference, subset)).toEqual([]);
    for (const ch of new Set(reference.replaceAll(' ', ''))) expect(subset.kept.has(ch.codePointAt(0)!), ch).toBe(true);
  });

  it('the ellipsis is in no cut of the Naskh face: the browser draws it in the next face of the stack', async () => {
    const subset = await subsetArabicFace([ELLIPSIS]);
    expect(subset.full.has(ELLIPSIS.codePointAt(0)!)).toBe(false);
    expect(missingGlyphs(ELLIPSIS, subset)).toEqual([]);
  });
});
