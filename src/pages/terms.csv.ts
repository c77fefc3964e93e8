import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { glossaryRows } from '../lib/outputs/exports.ts';
import { text } from '../lib/site/data.ts';

/** `/terms.csv`: the glossary, one term per row (for Anki and spreadsheets). */
export const GET: APIRoute = async () =>
  text(glossaryRows((await getCollection('terms')).map(({ id, data }) => ({ id, ...data }))), 'text/csv');
