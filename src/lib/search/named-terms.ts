/** The glossary entries a query names, and for an empty result the names to suggest instead. Pure, browser-safe. */
import { allowedEdits, editDistance } from './edit-distance.ts';
import { isArabic } from './text.ts';
import type { SearchTerm } from './types.ts';

/** Han characters (and CJK punctuation): Chinese is written without spaces between words. */
export const CHINESE = /[\u3000-\u303f\u3400-\u9fff]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;
/**
 * Russian case and number endings, longest first: a light stem (not a full stemmer) is enough to match a name
 * however it is declined (Тайваня, Тайваню → Тайвань; Шанхайской организации → Шанхайская организация), and it
 * never leaves fewer than three letters.
 */
const RUSSIAN_ENDING =
  /(?:иями|ями|ами|ого|его|ому|ему|ыми|ими|ой|ей|ий|ый|ая|яя|ое|ее|ые|ие|ую|юю|ом|ем|ам|ям|ах|ях|ов|ев|ии|ия|ию|а|я|у|ю|ы|и|е|о|ь)$/u;
const russianStem = (word: string) => {
  const stem = word.replace(RUSSIAN_ENDING, '');
  return stem.length >= 3 ? stem : word;
};
/** A key or query as names are compared: Russian words by their stems, everything else as normalised. */
const comparable = (text: string) => (CYRILLIC.test(text) ? text.split(' ').map(russianStem).join(' ') : text);

/**
 * Glossary entries the query names: a whole name or alias (SCO, بريكس, ШОС, 金砖国家), or the start of a
 * longer name of two words or more (منظمة شنغهاي → منظمة شنغهاي للتعاون); a Russian name in any case
 * (Тайваня); and, since Chinese has no spaces, a Chinese name inside a longer query (金砖国家领导人会晤 → BRICS),
 * the longest name where names nest (北京冬奥会, not 北京).
 */
export function namedTerms(tokens: readonly string[], terms: readonly SearchTerm[]): SearchTerm[] {
  const query = comparable(tokens.join(' '));
  if (!query) return [];
  const whole = terms.filter((t) =>
    t.keys.some((key) => {
      const k = comparable(key);
      return k === query || (tokens.length > 1 && k.startsWith(`${query} `));
    }),
  );
  if (whole.length > 0 || !CHINESE.test(query)) return whole;
  const inside = terms.flatMap((term) =>
    term.keys.filter((k) => CHINESE.test(k) && [...k].length >= 2 && query.includes(k)).map((key) => ({ term, key })),
  );
  const outermost = inside.filter(({ key }) => !inside.some((other) => other.key !== key && other.key.includes(key)));
  return [...new Set(outermost.map(({ term }) => term))];
}

/**
 * For an empty result: the other language's name of glossary entries whose names start like
 * the query; failing that, the names closest to it in its own language (Pootin → Vladimir Putin).
 */
export function suggest(tokens: readonly string[], raw: string, terms: readonly SearchTerm[]) {
  const query = tokens.join(' ');
  const arabic = isArabic(raw);
  const started = terms.filter((t) => t.keys.some((k) => k.startsWith(query) || (query.startsWith(k) && k.length > 3)));
  if (started.length > 0) return started.slice(0, 3).map((term) => ({ text: arabic ? term.en : term.ar, term }));
  // Looser than the correction of a word: a third of the query's letters, against a name or any word of
  // it; and like a correction, never for a query too short to tell a typo from another word.
  if (allowedEdits([...query].length) === 0) return [];
  const most = Math.ceil([...query].length / 3);
  const distance = (key: string) =>
    Math.min(editDistance(query, key, most), ...key.split(' ').map((w) => editDistance(query, w, most)));
  return terms
    .map((term) => ({ term, distance: Math.min(...term.keys.filter((k) => isArabic(k) === arabic).map(distance)) }))
    .filter(({ distance }) => distance !== Infinity)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ term }) => ({ text: arabic ? term.ar : term.en, term }));
}
