import type { APIRoute } from 'astro';
import { readoutPaths, type Readout } from '../../lib/site/collection.ts';
import { sourceOf, text } from '../../lib/site/data.ts';

export const getStaticPaths = readoutPaths;

/** `/readouts/<slug>.md`: the Markdown file exactly as stored. */
export const GET: APIRoute = async ({ props }) => text(sourceOf((props as { entry: Readout }).entry), 'text/markdown');
