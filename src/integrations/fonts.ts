/**
 * Astro integration: before every build (and `astro dev`), cut the Arabic and the Chinese face to the
 * characters of the readouts, the glossary and the interface (src/lib/build/font-subset.ts) into
 * src/generated/, where the stylesheet (src/styles/fonts.css) and the preload link take them from. After the
 * build, src/integrations/page-pass.ts fails the build if any page or search text this build wrote uses a
 * character a full face has and its subset lacks (glyphCheck; a page an incremental build reused was checked
 * when it was written, against the same subsets: a different subset renders every page).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { LEXICON_FILE, WORDS_DIR } from '../lib/words/files.ts';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ARABIC_FACE,
  CHINESE_FACE,
  missingGlyphsOfEach,
  subsetFace,
  type Face,
  type FaceSubset,
} from '../lib/build/font-subset.ts';
import { codePointOf } from '../lib/language/code-points.ts';
import { TERMS_DIR } from '../lib/glossary/load.ts';
import { READOUTS_DIR } from '../lib/readout/files.ts';

export const SUBSET_FILE = 'src/generated/noto-naskh-arabic-400.woff2';
export const CHINESE_SUBSET_FILE = 'src/generated/noto-sans-sc-400.woff2';

const FACES: { label: string; face: Face; file: string }[] = [
  { label: 'Arabic', face: ARABIC_FACE, file: SUBSET_FILE },
  { label: 'Chinese', face: CHINESE_FACE, file: CHINESE_SUBSET_FILE },
];

/** Everything that can reach a page as text: content, and the interface strings in the code. */
function sourceTexts(): string[] {
  const files = [
    ...globSync('**/*.md', { cwd: READOUTS_DIR }).map((f) => join(READOUTS_DIR, f)),
    ...globSync('**/*.yaml', { cwd: TERMS_DIR }).map((f) => join(TERMS_DIR, f)),
    // The word study's vocalised forms: the vowels switch, the word cards, root and vocabulary pages.
    ...(existsSync(WORDS_DIR) ? globSync('*.yaml', { cwd: WORDS_DIR }).map((f) => join(WORDS_DIR, f)) : []),
    ...(existsSync(LEXICON_FILE) ? [LEXICON_FILE] : []),
    ...globSync('src/**/*.{astro,ts,js}', { exclude: ['src/generated/**'] }),
  ];
  return files.map((file) => readFileSync(file, 'utf8'));
}

/** The faces as cut by this build, by label. */
const subsets = new Map<string, FaceSubset>();

/**
 * A check of a built page or search text against the cut faces: a line for each face whose subset lacks a
 * character the text uses and the full face has, or none. Run after the build by src/integrations/page-pass.ts
 * over every file this build wrote.
 */
export function glyphCheck(): (file: string, text: string) => string[] {
  const missingGlyphs = missingGlyphsOfEach(FACES.map(({ label }) => subsets.get(label)!));
  return (file, text) =>
    missingGlyphs(text).flatMap((missing, f) =>
      missing.length > 0
        ? [`  ${file} (${FACES[f]!.label}): ${missing.map((ch) => `${ch} (${codePointOf(ch)})`).join(', ')}`]
        : [],
    );
}

/** Why a build whose pages failed glyphCheck stops, and what to do. */
export const glyphProblems = (problems: readonly string[]) =>
  // Not a content error: every character of the content is kept, so text came from somewhere else.
  `A face was cut without characters these pages show; they would fall back to another font (or empty boxes):\n${problems.join('\n')}\nAdd their source to sourceTexts() in src/integrations/fonts.ts.`;

export default function fonts(): AstroIntegration {
  return {
    name: 'bayan-fonts',
    hooks: {
      'astro:config:setup': async ({ logger, config }) => {
        const texts = sourceTexts();
        for (const { label, face, file } of FACES) {
          const subset = await subsetFace(face, texts, fileURLToPath(config.cacheDir));
          subsets.set(label, subset);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, subset.woff2);
          logger.info(
            `${label} face cut to ${subset.kept.size} of ${subset.full.size} characters: ${(subset.woff2.length / 1024).toFixed(1)} KiB (full face ${(subset.fullBytes / 1024).toFixed(1)} KiB).`,
          );
        }
      },
    },
  };
}
