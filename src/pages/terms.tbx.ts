import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toTbx } from '../lib/outputs/tbx.ts';
import { sitePath } from '../lib/site/urls.ts';
import { text } from '../lib/site/data.ts';

/** `/terms.tbx`: the glossary as a TBX-Basic termbase for CAT tools, in four languages. */
export const GET: APIRoute = async ({ site }) =>
  text(
    toTbx(
      (await getCollection('terms')).map(({ id, data }) => ({ id, ...data })),
      new URL(sitePath(), site).href,
    ),
    'application/x-tbx+xml',
  );
