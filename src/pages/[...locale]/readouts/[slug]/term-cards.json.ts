import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { readoutPaths } from '../../../../lib/site/collection.ts';
import { inEveryLocale } from '../../../../lib/site/routes.ts';
import { termCardsFile } from '../../../../lib/glossary/term-cards-file.ts';

/** `/readouts/<slug>/term-cards.json`, `/ar/…`: the reading page's term cards, fetched on the reader's first touch (src/lib/glossary/term-cards.ts). */
export const getStaticPaths = (() => inEveryLocale(readoutPaths)) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  termCardsFile(props.entry, props.locale);
