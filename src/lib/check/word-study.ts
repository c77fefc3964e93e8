/**
 * The word study's files as the content check reads them: the lexicon, then each readout's words file
 * against that readout's published paragraphs. A readout without a words file has no word mode; a words
 * file without its readout is a mistake.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FileProblem } from './readout.ts';
import { arabicParagraphs } from './readout.ts';
import { checkLexicon, checkReadoutWords } from './words.ts';
import { LEXICON_FILE, WORDS_DIR, wordsFileOf } from '../words/files.ts';

export function wordStudyProblems(readouts: readonly { slug: string; file: string }[]): FileProblem[] {
  const words = existsSync(WORDS_DIR) ? globSync('*.yaml', { cwd: WORDS_DIR }).sort() : [];
  if (words.length === 0 && !existsSync(LEXICON_FILE)) return [];
  if (!existsSync(LEXICON_FILE))
    return [
      { file: join(WORDS_DIR, words[0]!), line: 1, column: 1, message: `Words need a lexicon: add ${LEXICON_FILE}.` },
    ];
  const { lexicon, problems } = checkLexicon(LEXICON_FILE, readFileSync(LEXICON_FILE, 'utf8'));
  const bySlug = new Map(readouts.map((r) => [r.slug, r.file]));
  for (const name of words) {
    const slug = basename(name, '.yaml');
    const file = wordsFileOf(slug);
    const readout = bySlug.get(slug);
    if (!readout) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `No readout "${slug}" for these words. Name the file after a readout's slug.`,
      });
      continue;
    }
    const paragraphs = arabicParagraphs(readFileSync(readout, 'utf8'));
    problems.push(...checkReadoutWords(file, readFileSync(file, 'utf8'), paragraphs, lexicon).problems);
  }
  return problems;
}
