/**
 * Text normalisation shared by the search index (build time) and the search
 * box (in the browser), so both sides agree on what a word is.
 *
 * Reasoning (measured, see README "Search"): Pagefind's Arabic stemmer turns
 * بريكس into ريكس and misses والصين/بالصين, and one bilingual index can have
 * only one stemmer. So every record is indexed as English (stemming the gloss)
 * and Arabic is normalised here: orthography folded, and each word indexed
 * with the variants its clitics allow. The query keeps a word as typed unless
 * it carries the article, which is always safe to remove.
 */
import { foldArabic, foldArabicText, isArabic } from '../language/arabic.ts';
import { CLITIC_PARTS, LEADING_ARTICLE } from '../language/clitics.ts';

const ARABIC_WORD = /[\u0621-\u064A\u0660-\u0669\u0671-\u06D3\u064B-\u065F\u0640]+/gu;
/** A word as search reads it: letters, digits and marks, joined by an apostrophe, full stop or hyphen. */
export const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

export { isArabic };

/** Every form of an Arabic word the index should know: the folded word and each clitic-stripped stem. */
export function arabicWordVariants(word: string): string[] {
  const folded = foldArabicText(word);
  const variants = new Set([folded]);
  const [, conj = '', prep = '', article = ''] = CLITIC_PARTS.exec(folded) ?? [];
  // Try each prefix length the clitics allow; a stem shorter than two letters is noise.
  const cuts = new Set([conj.length, conj.length + prep.length, conj.length + prep.length + article.length]);
  if (prep === 'ل' && folded.slice(conj.length + 1).startsWith('ل')) cuts.add(conj.length + 2); // لل = ل + ال
  for (const cut of cuts) if (folded.length - cut >= 2) variants.add(folded.slice(cut));
  return [...variants];
}

/** The hidden, searchable form of an Arabic text: every variant of every word. */
export function arabicIndexText(text: string): string {
  const words = new Set<string>();
  for (const [word] of text.matchAll(ARABIC_WORD)) for (const v of arabicWordVariants(word)) words.add(v);
  return [...words].join(' ');
}

/** Each word of a query (NFC) with where it starts and its token, the form Pagefind should see (queryTokens). */
export function queryWords(raw: string): { word: string; start: number; token: string }[] {
  const words: { word: string; start: number; token: string }[] = [];
  for (const { 0: word, index: start } of raw.normalize('NFC').matchAll(WORD)) {
    if (isArabic(word)) {
      const folded = foldArabicText(word);
      if (folded) words.push({ word, start, token: folded.replace(LEADING_ARTICLE, '') });
    } else {
      // ё is written е in most Russian print; a name found either way.
      words.push({ word, start, token: word.toLowerCase().replace(/’/g, "'").replace(/ё/g, 'е') });
    }
  }
  return words;
}

/** A query as Pagefind should see it: Arabic folded, a leading article (with its clitics) removed; other words lower-cased. */
export const queryTokens = (raw: string): string[] => queryWords(raw).map((w) => w.token);

/**
 * The query tokens a word of the text answers to, each with the word's own spelling of it:
 * والأولمبياد → والاولمبياد (والأولمبياد), اولمبياد (أولمبياد); an English word → itself, lower-cased.
 */
export function queryFormsOf(word: string): { token: string; spelling: string }[] {
  if (!isArabic(word)) return queryWords(word).map(({ token }) => ({ token, spelling: token }));
  const { text: folded, map } = foldArabic(word);
  const tokens = new Set(arabicWordVariants(word).map((v) => v.replace(LEADING_ARTICLE, '')));
  return [...tokens].map((token) => ({ token, spelling: word.slice(map[folded.length - token.length]) }));
}

/**
 * A hidden word each paragraph's search record holds for every glossary term it mentions, so one word
 * search finds the paragraphs that mention a term (a filter would load large filter chunks up front).
 */
export const termToken = (id: string) => `bayanterm${id.replace(/[^a-z0-9]/g, '')}`;
