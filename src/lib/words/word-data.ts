/**
 * The file a reading page's word mode fetches (`/readouts/<slug>/words.json`): the readout's words
 * as stored, and the lemmas they use, so one request holds all a card shows. Browser-safe types.
 */
import type { Lemma, ReadoutWords } from '../../schemas/words.ts';

export interface WordData {
  lemmas: Record<string, Lemma>;
  paragraphs: ReadoutWords;
}
