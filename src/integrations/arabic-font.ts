/**
 * Astro integration: before every build (and `astro dev`), cut the Arabic face to the characters of the
 * readouts, the glossary and the interface (src/lib/build/font-subset.ts) into src/generated/, where
 * the stylesheet and the preload link take it from; after the build, fail if any page or search text
 * this build wrote uses a character the full face has and the subset lacks (a page an incremental build
 * reused was checked when it was written, against the same subset: a different subset renders every page).
 */
import type { AstroIntegration } from 'astro';
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writtenFiles } from '../lib/build/written-files.ts';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingGlyphsOf, subsetArabicFace, type ArabicSubset } from '../lib/build/font-subset.ts';
import { codePointOf } from '../lib/language/code-points.ts';
import { TERMS_DIR } from '../lib/glossary/load.ts';
import { READOUTS_DIR } from '../lib/readout/files.ts';

export const SUBSET_FILE = 'src/generated/noto-naskh-arabic-400.woff2';

/** Everything that can reach a page as text: content, and the interface strings in the code. */
function sourceTexts(): string[] {
  const files = [
    ...globSync('**/*.md', { cwd: READOUTS_DIR }).map((f) => join(READOUTS_DIR, f)),
    ...globSync('**/*.yaml', { cwd: TERMS_DIR }).map((f) => join(TERMS_DIR, f)),
    ...globSync('src/**/*.{astro,ts,js}', { exclude: ['src/generated/**'] }),
  ];
  return files.map((file) => readFileSync(file, 'utf8'));
}

export default function arabicFont(): AstroIntegration {
  let subset: ArabicSubset | undefined;
  return {
    name: 'bayan-arabic-font',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        subset = await subsetArabicFace(sourceTexts());
        mkdirSync(dirname(SUBSET_FILE), { recursive: true });
        writeFileSync(SUBSET_FILE, subset.woff2);
        logger.info(
          `Arabic face cut to ${subset.kept.size} of ${subset.full.size} characters: ${(subset.woff2.length / 1024).toFixed(1)} KiB (full face ${(subset.fullBytes / 1024).toFixed(1)} KiB).`,
        );
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const problems: string[] = [];
        const missingGlyphs = missingGlyphsOf(subset!);
        for (const file of writtenFiles(out, (file) => /\.(html|json)$/.test(file) && !file.startsWith('pagefind/'))) {
          const missing = missingGlyphs(readFileSync(join(out, file), 'utf8'));
          if (missing.length > 0)
            problems.push(`  ${file}: ${missing.map((ch) => `${ch} (${codePointOf(ch)})`).join(', ')}`);
        }
        if (problems.length > 0) {
          // Not a content error: every character of the content is kept, so text came from somewhere else.
          throw new Error(
            `The Arabic face was cut without characters these pages show; they would fall back to another font:\n${problems.join('\n')}\nAdd their source to sourceTexts() in src/integrations/arabic-font.ts.`,
          );
        }
      },
    },
  };
}
