import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feed } from '../../lib/outputs/feed.ts';
import { localePaths } from '../../lib/site/routes.ts';
import { collectionKey } from '../../lib/site/cache-keys.ts';
import { LOCALES } from '../../i18n/locales.ts';

/** `/rss.xml`, `/ar/rss.xml`: the readouts, newest first, in each interface language. */
export const getStaticPaths = (async () => localePaths(LOCALES, await collectionKey())) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  feed(props.locale, site!);
