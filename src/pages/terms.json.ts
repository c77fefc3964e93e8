import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { text } from '../lib/site/data.ts';

/** `/terms.json`: the whole glossary, for terminology tools. */
export const GET: APIRoute = async () =>
  text(
    JSON.stringify(
      (await getCollection('terms')).map(({ id, data }) => ({ id, ...data })),
      null,
      2,
    ),
    'application/json',
  );
