import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { feed } from '../../lib/outputs/feed.ts';
import { localePaths } from '../../lib/site/routes.ts';

/** `/rss.xml`, `/ar/rss.xml`: the readouts, newest first, in each interface language. */
export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  feed(props.locale, site!);
