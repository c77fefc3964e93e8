/** The glossary entries a query names, and for an empty result the names to suggest instead. Pure, browser-safe. */
import { allowedEdits, editDistance } from './edit-distance.ts';
import { isArabic } from './text.ts';
import type { SearchTerm } from './types.ts';

/**
 * Glossary entries the query names: a whole name or alias (SCO, بريكس), or the
 * start of a longer name of two words or more (منظمة شنغهاي → منظمة شنغهاي للتعاون).
 */
export function namedTerms(tokens: readonly string[], terms: readonly SearchTerm[]): SearchTerm[] {
  const query = tokens.join(' ');
  if (!query) return [];
  return terms.filter((t) => t.keys.some((k) => k === query || (tokens.length > 1 && k.startsWith(`${query} `))));
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
