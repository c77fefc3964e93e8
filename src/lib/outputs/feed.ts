/**
 * The RSS feed of an interface language: the readouts, newest first, each titled, summarised and
 * linked in that language. One feed per interface (/rss.xml, /ar/rss.xml): a reader subscribes to
 * the pages they read, and each item's summary is written for them.
 */
import rss from '@astrojs/rss';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { readoutsNewestFirst } from '../site/collection.ts';
import { readoutPath } from '../site/urls.ts';
import { dictionary } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';

export async function feed(locale: Locale, site: URL): Promise<Response> {
  const t = dictionary(locale).feed;
  const other = locale === 'ar' ? 'en' : 'ar';
  return rss({
    title: t.title,
    description: t.description,
    site,
    items: (await readoutsNewestFirst()).map(({ entry }) => ({
      title: `${entry.data.title[locale]} (${entry.data.title[other]})`,
      link: getRelativeLocaleUrl(locale, readoutPath(entry.id)),
      pubDate: new Date(`${entry.data.date}T00:00:00Z`),
      description: entry.data.summary[locale],
    })),
    customData: `<language>${locale}</language>`,
  });
}
