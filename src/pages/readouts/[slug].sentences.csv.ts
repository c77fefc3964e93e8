import type { APIRoute } from 'astro';
import { readoutPaths, type Readout } from '../../lib/site/collection.ts';
import { toSentenceCsv } from '../../lib/outputs/exports.ts';
import { exportOf, text } from '../../lib/site/data.ts';

export const getStaticPaths = readoutPaths;

/** `/readouts/<slug>.sentences.csv`: one row per aligned sentence, RFC 4180. */
export const GET: APIRoute = async ({ props, site }) => text(toSentenceCsv(await exportOf((props as { entry: Readout }).entry, site!)), 'text/csv');
