import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Readout } from '../../lib/collection.ts';
import { sourceOf, text } from '../../lib/site-data.ts';

export async function getStaticPaths() {
  return (await getCollection('readouts')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** `/readouts/<slug>.md`: the Markdown file exactly as stored. */
export const GET: APIRoute = async ({ props }) => text(sourceOf((props as { entry: Readout }).entry), 'text/markdown');
