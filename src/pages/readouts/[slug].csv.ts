import type { APIRoute } from 'astro';
import { readoutPaths, type Readout } from '../../lib/site/collection.ts';
import { toCsv } from '../../lib/outputs/exports.ts';
import { exportOf, text } from '../../lib/site/data.ts';

export const getStaticPaths = readoutPaths;

/** `/readouts/<slug>.csv`: one row per paragraph, RFC 4180. */
export const GET: APIRoute = async ({ props, site }) => text(toCsv(await exportOf((props as { entry: Readout }).entry, site!)), 'text/csv');
