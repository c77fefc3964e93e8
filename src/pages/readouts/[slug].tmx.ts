import type { APIRoute } from 'astro';
import { readoutPaths, type Readout } from '../../lib/site/collection.ts';
import { toTmx } from '../../lib/outputs/exports.ts';
import { exportOf, text } from '../../lib/site/data.ts';
import pkg from '../../../package.json' with { type: 'json' };

export const getStaticPaths = readoutPaths;

/** `/readouts/<slug>.tmx`: TMX 1.4b, one translation unit per paragraph. */
export const GET: APIRoute = async ({ props, site }) =>
  text(toTmx(await exportOf((props as { entry: Readout }).entry, site!), { name: 'Bayan', version: pkg.version }, new Date()), 'application/x-tmx+xml');
