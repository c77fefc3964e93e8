import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { queryTokens } from '../../lib/search/text.ts';
import type { SearchTerm } from '../../lib/search/types.ts';

/**
 * `/search/terms.json`: the glossary as the search box needs it, to suggest
 * the other language's name and to mark a searched term on landing. Loaded
 * only after a search.
 */
export const GET: APIRoute = async () => {
  const terms: SearchTerm[] = (await getCollection('terms')).map(({ id, data }) => ({
    id,
    en: data.name.en,
    ar: data.name.ar,
    keys: [
      ...new Set(
        [
          data.name.en,
          data.name.ar,
          ...data.forms.ar,
          ...data.forms.en,
          ...data.aliases,
          // The meeting's languages: an analyst searches 上海合作组织, ШОС or the formula 人类命运共同体.
          ...[data.zh?.name, data.ru?.name, data.formula?.zh].filter((n) => n !== undefined),
          ...(data.zh?.short ?? []),
          ...(data.ru?.short ?? []),
        ].map((f) => queryTokens(f).join(' ')),
      ),
    ],
  }));
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
