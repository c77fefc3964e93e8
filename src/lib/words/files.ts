/**
 * Where the word study lives: content/words/<slug>.yaml beside content/readouts/, and one
 * content/lexicon.yaml for every readout. Both sit next to the readouts folder, so a test
 * collection elsewhere (BAYAN_READOUTS_DIR) has none unless it brings its own.
 */
import { dirname, join } from 'node:path';
import { READOUTS_DIR } from '../readout/files.ts';

export const WORDS_DIR = process.env['BAYAN_WORDS_DIR'] ?? join(dirname(READOUTS_DIR), 'words');
export const LEXICON_FILE = process.env['BAYAN_LEXICON_FILE'] ?? join(dirname(READOUTS_DIR), 'lexicon.yaml');
export const wordsFileOf = (slug: string, dir = WORDS_DIR) => join(dir, `${slug}.yaml`);
