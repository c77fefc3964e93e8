/** Query words the index does not know, told apart and corrected (src/lib/search/vocabulary.ts) with Pagefind's hits for the correction. */
import { allowedEdits } from '../../lib/search/edit-distance.ts';
import {
  CATALOGUE_PATH,
  correct,
  isKnown,
  type VocabularyCatalogue,
  type VocabularyFiles,
} from '../../lib/search/vocabulary.ts';
import { searchPagefind } from './pagefind-client.ts';
import { json } from './site-json.ts';

/**
 * Whether a query word is one Bayan checks and may correct: letters only, long enough to forgive a typo
 * (allowedEdits). A word with a hyphen, apostrophe or digit (BRICS-plus, covid-19) is left to Pagefind,
 * which searches its parts.
 */
export const checkable = (word: string) => /^[\p{L}\p{M}]+$/u.test(word) && allowedEdits([...word].length) > 0;

/**
 * Of the words Pagefind does not hold exactly, those that are no word of the index and start
 * none (a word being typed is known), each with its correction when the index has a close word
 * that Pagefind finds. The vocabulary loads only here: its file list, then at once every file
 * the words can need, both to tell whether they are known and to correct them.
 */
export async function checkSpelling(words: readonly string[], exact: boolean) {
  if (words.length === 0) return { unknown: [], corrected: [] };
  const files: VocabularyFiles = { catalogue: await json<VocabularyCatalogue>(CATALOGUE_PATH), load: json };
  const checked = await Promise.all(
    words.map(async (word) => {
      // Started before knowing whether it is needed, so its files load alongside isKnown's; unused if the word is known.
      const correcting = exact ? undefined : correct(word, files);
      correcting?.catch(() => undefined); // a failed load matters only if the correction is needed, and is thrown then
      if (await isKnown(word, files)) return { word, known: true };
      const correction = await correcting;
      return { word, known: false, correction, hits: correction ? await searchPagefind(correction.word) : [] };
    }),
  );
  return {
    unknown: checked.filter((c) => !c.known).map((c) => c.word),
    corrected: checked.flatMap(({ correction, hits }) => (correction && hits?.length ? [{ correction, hits }] : [])),
  };
}
