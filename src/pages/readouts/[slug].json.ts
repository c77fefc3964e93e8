import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Readout } from '../../lib/collection.ts';
import { exportOf, text } from '../../lib/site-data.ts';

export async function getStaticPaths() {
  return (await getCollection('readouts')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** `/readouts/<slug>.json`: the readout's metadata and its aligned paragraphs (README, "Exports"). */
export const GET: APIRoute = async ({ props, site }) => text(JSON.stringify(await exportOf((props as { entry: Readout }).entry, site!), null, 2), 'application/json');
