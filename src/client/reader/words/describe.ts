/** A word's lemma, features and form in plain words, in the interface's language (the card's grammar line). */
import type { Lemma, Word } from '../../../schemas/words.ts';
import type { WordWords } from '../../../i18n/scripts/words.ts';
import { FEATS } from '../../../lib/words/lists.ts';

export function grammarOf(word: Word, lemma: Lemma | undefined, t: WordWords): string {
  const parts: string[] = [];
  if (lemma) {
    parts.push(lemma.deriv ? t.deriv[lemma.deriv] : t.pos[lemma.pos]);
    if (lemma.form) parts.push(t.form(lemma.form));
    if (lemma.names) parts.push(t.names(t.named[lemma.names]));
  }
  // Case and mood share names in Arabic (مرفوع, منصوب): say each once.
  const feats = FEATS.filter((f) => word.feat.includes(f)).map((f) => t.feat[f]);
  parts.push(...feats.filter((f, i) => feats.indexOf(f) === i));
  return parts.join(document.documentElement.lang === 'ar' ? '، ' : ', ');
}
