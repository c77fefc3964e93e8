import type { APIRoute } from 'astro';
import { readoutPaths, type Readout } from '../../lib/site/collection.ts';
import { toTmx } from '../../lib/outputs/exports.ts';
import { exportOf, text } from '../../lib/site/data.ts';
import pkg from '../../../package.json' with { type: 'json' };

export const getStaticPaths = readoutPaths;

/** `/readouts/<slug>.sentences.tmx`: TMX 1.4b, one translation unit per aligned sentence. */
export const GET: APIRoute = async ({ props, site }) =>
  text(toTmx(await exportOf((props as { entry: Readout }).entry, site!), { name: 'Bayan', version: pkg.version }, new Date(), 'sentence'), 'application/x-tmx+xml');
