/**
 * Which glossary terms name another one inside their own names: the United Nations inside
 * "UN Security Council", the CPC Central Committee inside "Sixth Plenary Session of the Central
 * Committee…". Marks never nest (the longest form wins), so a term named only that way has no
 * mention of its own; its page says where the readouts name it instead of reading as broken.
 */
import type { Term } from '../../schemas/term.ts';
import { foldArabicText, isArabic } from '../language/arabic.ts';
import { CLITICS, OPTIONAL_ARTICLE, withoutArticle } from '../language/clitics.ts';
import { escapeRegExp } from './matcher.ts';

/** A pattern finding `form` as whole words inside a longer name (Arabic: after any clitics and article). */
function wholeWords(form: string): RegExp {
  if (!isArabic(form))
    return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(form.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u');
  const stem = withoutArticle(foldArabicText(form));
  return new RegExp(`(?:^|\\s)${CLITICS}${OPTIONAL_ARTICLE}${escapeRegExp(stem)}(?=\\s|$)`, 'u');
}

const namesOf = (term: Term) => [...term.forms.ar, ...term.forms.en, ...term.aliases];
const comparable = (name: string) => (isArabic(name) ? foldArabicText(name) : name.toLowerCase());

/** The other terms one of whose names holds one of `term`'s names as whole words, in glossary order. */
export function termsNaming(term: Term, terms: readonly Term[]): Term[] {
  const patterns = namesOf(term).map(wholeWords);
  return terms.filter(
    (other) => other.id !== term.id && namesOf(other).some((name) => patterns.some((p) => p.test(comparable(name)))),
  );
}
