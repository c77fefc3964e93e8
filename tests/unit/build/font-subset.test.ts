import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_FACE,
  CHINESE_FACE,
  missingGlyphs,
  missingGlyphsOfEach,
  subsetArabicFace,
  subsetFace,
} from '../../../src/lib/build/font-subset.ts';

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
    // Beyond the Basic Multilingual Plane too (two UTF-16 units), each once, in the order first used;
    // a lone surrogate is not a character of the face.
    const astral = String.fromCodePoint([...subset.full].find((c) => c > 0xffff && !subset.kept.has(c))!);
    expect(missingGlyphs(`${astral}ڤ\ud800 ${astral}پڤ`, subset)).toEqual([astral, 'ڤ', 'پ']);
  });

  it('checks the Arabic and the Chinese cut in one reading of a page, naming what each lacks', async () => {
    const check = missingGlyphsOfEach([await subsetArabicFace(['بيان']), await subsetFace(CHINESE_FACE, ['中国'])]);
    // ڤ is only in the Arabic face, 俄 only in the Chinese one; the kept characters are in neither answer.
    expect(check('بيان 中国 ڤ 俄罗斯 ڤ')).toEqual([['ڤ'], ['俄', '罗', '斯']]);
    expect(check('بيان 中国')).toEqual([[], []]);
  });

  it('is kept in a cache folder under the digest of the face and the characters, and read back from there', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'bayan-faces-'));
    const fresh = await subsetFace(ARABIC_FACE, ['بيان'], cacheDir);
    const again = await subsetFace(ARABIC_FACE, ['بيان'], cacheDir);
    expect(again).toEqual(fresh);
    // Read back, not cut again: a marked cached file comes back as it is.
    const woff2 = readdirSync(join(cacheDir, 'font-subsets')).find((f) => f.endsWith('.woff2'))!;
    writeFileSync(join(cacheDir, 'font-subsets', woff2), 'marked');
    expect((await subsetFace(ARABIC_FACE, ['بيان'], cacheDir)).woff2.toString()).toBe('marked');
    // Other characters are another cut.
    expect((await subsetFace(ARABIC_FACE, ['بيان ﻻ'], cacheDir)).woff2).toEqual(
      (await subsetArabicFace(['بيان ﻻ'])).woff2,
    );
  });
});
