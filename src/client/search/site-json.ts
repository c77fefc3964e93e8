/** The search's JSON files of the site (map, glossary names, facets, vocabulary, result texts), each fetched once. */
import { sitePath } from '../../lib/site/urls.ts';
import type { Facets } from '../../lib/search/map.ts';
import type { SearchTerm } from '../../lib/search/types.ts';

const loaded = new Map<string, Promise<unknown>>();

/** A JSON file of the site, fetched once; a failed fetch (say, the network dropped) is tried again next time. */
export function json<T>(path: string): Promise<T> {
  let file = loaded.get(path);
  if (!file) {
    file = fetch(sitePath(path)).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    loaded.set(path, file);
    file.catch(() => loaded.delete(path));
  }
  return file as Promise<T>;
}

/** The glossary's names, for suggestions and cross-language marks; search works without them (none if they cannot load). */
export const glossaryNames = () => json<SearchTerm[]>('search/terms.json').catch((): SearchTerm[] => []);

/** Every paragraph's speaker and kinds of term: only the /search/ page, with its filters and counts, needs them. */
export const loadFacets = () => json<Facets>('search/facets.json');
