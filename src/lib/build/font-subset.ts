/**
 * The faces Bayan serves, cut to the characters it shows. Reasoning: one weight of Noto Naskh Arabic
 * would outweigh the rest of the reading page, and a Chinese face is megabytes; the readouts, glossary
 * and interface use a few hundred characters of each. hb-subset (harfbuzz, through subset-font) keeps every OpenType
 * layout feature the kept glyphs need (init/medi/fina/isol, rlig, liga, mark/mkmk, kern…), so the
 * subset shapes exactly as the full face does (tests/browser/font.spec.ts compares the two).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';

/** The full face as @fontsource ships it: the Arabic subset of Noto Naskh Arabic, weight 400. */
export const FULL_FACE = createRequire(import.meta.url).resolve(
  '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
);

/**
 * Always kept, whatever the content holds: the Arabic letters, harakat, tatweel, Arabic-Indic digits
 * (pages write numbers with them at build time and in the browser) and punctuation, so Arabic a reader
 * types into the search box renders in the same face.
 */
const ALWAYS: readonly [number, number][] = [
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x060c, 0x060c],
  [0x061b, 0x061b],
  [0x061f, 0x061f],
  [0x0621, 0x063a],
  [0x0640, 0x0652],
  [0x0660, 0x066d],
  [0x0670, 0x0671],
];

/** A face to cut: the full file, what it always keeps, and which of its characters it serves at all. */
export interface Face {
  full: string;
  always: readonly [number, number][];
  /** The characters this face is for (its unicode-range): others, even if it has them, are another face's. */
  serves: (codePoint: number) => boolean;
}

export const ARABIC_FACE: Face = { full: FULL_FACE, always: ALWAYS, serves: () => true };

/**
 * CJK punctuation, ideographs and full-width forms: the unicode-range of the Chinese face in
 * src/styles/fonts.css, so that Latin and digits inside Chinese stay in the text's own face.
 */
export const CJK_RANGES: readonly [number, number][] = [
  [0x3000, 0x303f],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
];

/** Noto Sans SC's simplified-Chinese file (@fontsource), for the glossary's Chinese names and formulas. */
export const CHINESE_FACE: Face = {
  full: createRequire(import.meta.url).resolve(
    '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2',
  ),
  // The ideographic space, so that a collection with no Chinese yet still gets a (tiny) valid face.
  always: [[0x3000, 0x3000]],
  serves: (c) => CJK_RANGES.some(([from, to]) => c >= from && c <= to),
};

/**
 * The characters to keep for these texts: theirs and the face's ALWAYS set. Read character by character into
 * one set: every build reads the whole collection here (31 million characters at 1,000 readouts), and an array
 * of each text's characters cost seconds, mostly in garbage collection.
 */
export function codePointsOf(texts: Iterable<string>, always: Face['always'] = ALWAYS): Set<number> {
  const points = new Set<number>();
  for (const text of texts) for (const ch of text) points.add(ch.codePointAt(0)!);
  for (const [from, to] of always) for (let c = from; c <= to; c++) points.add(c);
  return points;
}

/** Every character the face has a glyph for. */
export async function coverageOf(font: Buffer): Promise<Set<number>> {
  const sfnt = await fontverter.convert(font, 'truetype');
  return new Set(new hb.Face(new hb.Blob(sfnt)).collectUnicodes());
}

export interface FaceSubset {
  woff2: Buffer;
  /** The characters the subset has glyphs for. */
  kept: Set<number>;
  /** The characters the full face has glyphs for. */
  full: Set<number>;
  fullBytes: number;
}

/** Cuts a face down to the characters of `texts` (and its ALWAYS set) that it has and serves. */
export async function subsetFace(face: Face, texts: Iterable<string>, cacheDir?: string): Promise<FaceSubset> {
  const original = readFileSync(face.full);
  const points = [...codePointsOf(texts, face.always)].sort((a, b) => a - b);
  // A cut depends only on the full face and the characters asked for, and costs seconds at the start of
  // every build, so with a cache it is kept there under the digest of both.
  const key = createHash('sha256').update(original).update(Uint32Array.from(points)).digest('hex').slice(0, 32);
  const cached = cacheDir ? join(cacheDir, 'font-subsets', key) : undefined;
  if (cached && existsSync(`${cached}.json`)) {
    const { kept, full } = JSON.parse(readFileSync(`${cached}.json`, 'utf8')) as Record<'kept' | 'full', number[]>;
    return {
      woff2: readFileSync(`${cached}.woff2`),
      kept: new Set(kept),
      full: new Set(full),
      fullBytes: original.length,
    };
  }
  const full = new Set([...(await coverageOf(original))].filter(face.serves));
  const wanted = points.filter((c) => full.has(c));
  const woff2 = await subsetFont(original, String.fromCodePoint(...wanted), { targetFormat: 'woff2' });
  const subset = { woff2, kept: await coverageOf(woff2), full, fullBytes: original.length };
  if (cached) {
    mkdirSync(dirname(cached), { recursive: true });
    writeFileSync(`${cached}.woff2`, woff2);
    // The JSON last: a cut is read back only when both files are whole.
    writeFileSync(`${cached}.json`, JSON.stringify({ kept: [...subset.kept], full: [...full] }));
  }
  return subset;
}

export const subsetArabicFace = (texts: Iterable<string>) => subsetFace(ARABIC_FACE, texts);

/** A test for the characters the full face has and the subset lacks, in the order the text first uses them. */
export function missingGlyphsOf(subset: Pick<FaceSubset, 'kept' | 'full'>): (text: string) => string[] {
  const check = missingGlyphsOfEach([subset]);
  return (text) => check(text)[0]!;
}

/**
 * The same test for several subsets (up to eight) in one reading of the text: for each subset, the
 * characters its full face has and it lacks. One table look-up a character: every page is checked
 * after every build (50,000 at 1,000 readouts), and a regular expression over the Chinese face's
 * thousands of lacking ranges took 0.4 ms a page.
 */
export function missingGlyphsOfEach(
  subsets: readonly Pick<FaceSubset, 'kept' | 'full'>[],
): (text: string) => string[][] {
  if (subsets.length > 8)
    throw new Error('missingGlyphsOfEach marks each character in one byte: eight subsets at most');
  const basic = new Uint8Array(0x10000);
  const astral = new Map<number, number>();
  subsets.forEach((subset, s) => {
    for (const c of subset.full) {
      if (subset.kept.has(c)) continue;
      if (c < 0x10000) basic[c]! |= 1 << s;
      else astral.set(c, (astral.get(c) ?? 0) | (1 << s));
    }
  });
  return (text) => {
    const found = subsets.map(() => new Set<string>());
    const mark = (bits: number, character: string) => {
      for (let s = 0; bits !== 0; s++, bits >>= 1) if (bits & 1) found[s]!.add(character);
    };
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
        const point = text.codePointAt(i)!;
        if (point >= 0x10000) {
          const bits = astral.get(point);
          if (bits) mark(bits, String.fromCodePoint(point));
          i++;
          continue;
        }
      }
      const bits = basic[unit]!;
      if (bits) mark(bits, text[i]!);
    }
    return found.map((set) => [...set]);
  };
}

/** Characters in `text` that the full face has and the subset lacks: each would fall back to another font. */
export function missingGlyphs(text: string, subset: Pick<FaceSubset, 'kept' | 'full'>): string[] {
  return missingGlyphsOf(subset)(text);
}
