import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Readout } from '../../lib/collection.ts';
import { toTmx } from '../../lib/exports.ts';
import { exportOf, text } from '../../lib/site-data.ts';
import pkg from '../../../package.json' with { type: 'json' };

export async function getStaticPaths() {
  return (await getCollection('readouts')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** `/readouts/<slug>.tmx`: TMX 1.4b, one translation unit per paragraph. */
export const GET: APIRoute = async ({ props, site }) =>
  text(toTmx(await exportOf((props as { entry: Readout }).entry, site!), { name: 'Bayan', version: pkg.version }, new Date()), 'application/x-tmx+xml');
