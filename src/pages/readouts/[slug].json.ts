import type { APIRoute } from 'astro';
import { readoutPaths, type Readout } from '../../lib/site/collection.ts';
import { exportOf, text } from '../../lib/site/data.ts';

export const getStaticPaths = readoutPaths;

/** `/readouts/<slug>.json`: the readout's metadata and its aligned paragraphs (README, "Exports"). */
export const GET: APIRoute = async ({ props, site }) => text(JSON.stringify(await exportOf((props as { entry: Readout }).entry, site!), null, 2), 'application/json');
