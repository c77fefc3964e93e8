/**
 * The word study as pages use it (Astro only): each readout's analysed words where they stand, the
 * lexicon, the roots and lemmas across the collection. Computed once per build, like the glossary's mentions.
 */
import { readoutsNewestFirst, type Readout } from './collection.ts';
import type { WordData } from '../words/word-data.ts';
import { loadLexicon, loadReadoutWords } from '../words/load.ts';
import { occurrencesOf, sentenceOf, type Occurrence, type StudyPair } from '../words/occurrences.ts';
import { lemmaCounts, rootEntries, type LemmaCount, type RootEntry } from '../words/roots.ts';
import type { Lexicon } from '../../schemas/words.ts';
import type { VocabularyRow } from '../words/vocabulary.ts';
import { readoutPath } from './urls.ts';
import { sentenceId } from '../readout/paragraph-hash.ts';

export interface Study {
  lexicon: Lexicon;
  /** Every readout with words, newest first, with its pairs and occurrences. */
  readouts: { entry: Readout; pairs: StudyPair[]; occurrences: Occurrence[] }[];
  roots: RootEntry[];
  lemmas: LemmaCount[];
}

let study: Promise<Study> | undefined;
const keep = import.meta.env.PROD;

export function wordStudy(): Promise<Study> {
  if (!keep) study = undefined;
  study ??= readoutsNewestFirst().then((all) => {
    const lexicon = loadLexicon();
    const readouts = all.flatMap(({ entry, pairs }) => {
      const words = loadReadoutWords(entry.id);
      return words ? [{ entry, pairs, occurrences: occurrencesOf(entry.id, pairs, words) }] : [];
    });
    const occurrences = readouts.flatMap((r) => r.occurrences);
    return { lexicon, readouts, roots: rootEntries(occurrences, lexicon), lemmas: lemmaCounts(occurrences, lexicon) };
  });
  return study;
}

/** Whether a readout has a words file (its reading page offers word mode, it has a vocabulary). */
export const hasWords = (slug: string) => loadReadoutWords(slug) !== undefined;

/** The sentence pair an occurrence stands in, with its link: `readouts/<slug>/` (before any locale prefix) and `#p-N.s`. */
export async function inContext(occurrence: Occurrence) {
  const readout = (await wordStudy()).readouts.find((r) => r.entry.id === occurrence.slug)!;
  const pair = readout.pairs.find((p) => p.n === occurrence.n)!;
  return {
    readout: readout.entry,
    ...sentenceOf(pair, occurrence),
    path: readoutPath(occurrence.slug),
    hash: `#${sentenceId(occurrence.n, occurrence.sentence)}`,
  };
}

/** A readout's vocabulary, most frequent first, each lemma with its first use as the example. */
export async function vocabularyOf(slug: string, site: URL): Promise<VocabularyRow[]> {
  const s = await wordStudy();
  const readout = s.readouts.find((r) => r.entry.id === slug);
  if (!readout) return [];
  return Promise.all(
    lemmaCounts(readout.occurrences, s.lexicon).map(async (count) => {
      const context = await inContext(count.occurrences[0]!);
      return {
        ...count,
        example: {
          arabic: context.arabic,
          english: context.english,
          link: new URL(context.path + context.hash, site).href,
        },
      };
    }),
  );
}

/** The words of one readout, for its reading page's word mode (fetched when the reader first turns it on). */
export function wordData(entry: Readout): WordData | undefined {
  const words = loadReadoutWords(entry.id);
  const lexicon = loadLexicon();
  if (!words) return undefined;
  const used = new Set(Object.values(words).flatMap((p) => p.words.map((w) => w.lemma)));
  return {
    lemmas: Object.fromEntries([...used].sort().flatMap((id) => (lexicon[id] ? [[id, lexicon[id]]] : []))),
    paragraphs: words,
  };
}
