/**
 * The word study as the build reads it (Node only): the lexicon and each readout's words, parsed
 * with their schemas. A file is read again only when its text changes, so `astro dev` sees edits
 * and a build parses each file once. Problems are the content check's to report, with their lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { lexiconSchema, readoutWordsSchema, type Lexicon, type ReadoutWords } from '../../schemas/words.ts';
import { LEXICON_FILE, wordsFileOf } from './files.ts';

const parsed = new Map<string, { text: string; value: unknown }>();
function read<T>(file: string, schema: { safeParse: (raw: unknown) => { success: boolean; data?: T } }): T | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const kept = parsed.get(file);
  if (kept?.text === text) return kept.value as T;
  const result = schema.safeParse(parse(text));
  if (!result.success) throw new Error(`${file} is not valid. Run npm run check:content for the line and the fix.`);
  parsed.set(file, { text, value: result.data });
  return result.data;
}

export const loadLexicon = (): Lexicon => read(LEXICON_FILE, lexiconSchema) ?? {};
/** A readout's words, or undefined when it has none (no word mode). */
export const loadReadoutWords = (slug: string): ReadoutWords | undefined => read(wordsFileOf(slug), readoutWordsSchema);
