import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Readout } from '../../lib/site/collection.ts';
import { toText } from '../../lib/outputs/exports.ts';
import { exportOf, text } from '../../lib/site/data.ts';

export async function getStaticPaths() {
  return (await getCollection('readouts')).flatMap((entry) => [entry.data.lang, 'en'].map((lang) => ({ params: { slug: entry.id, lang }, props: { entry } })));
}

/** `/readouts/<slug>.ar.txt`, `/readouts/<slug>.en.txt`: one language, one numbered paragraph per line. */
export const GET: APIRoute = async ({ props, params, site }) => text(toText(await exportOf((props as { entry: Readout }).entry, site!), params['lang']!), 'text/plain');
