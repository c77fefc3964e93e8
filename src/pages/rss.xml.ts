import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { readoutsNewestFirst } from '../lib/collection.ts';
import { readoutPath } from '../lib/paths.ts';

/** `/rss.xml`: the readouts, newest first. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: 'Bayan: Arabic readouts with an English gloss',
    description: 'Arabic diplomatic readouts, verbatim, with an English gloss paragraph by paragraph.',
    site: site!,
    items: (await readoutsNewestFirst()).map(({ entry }) => ({
      title: `${entry.data.title.en} (${entry.data.title.ar})`,
      link: readoutPath(entry.id),
      pubDate: new Date(`${entry.data.date}T00:00:00Z`),
      description: entry.data.summary.en,
    })),
    customData: '<language>en</language>',
  });
