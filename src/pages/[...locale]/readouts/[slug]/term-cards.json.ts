import type { APIRoute, GetStaticPaths, InferGetStaticParamsType, InferGetStaticPropsType } from 'astro';
import { readoutAt, readoutPaths } from '../../../../lib/site/collection.ts';
import { inEveryLocale } from '../../../../lib/site/routes.ts';
import { termCardsFile } from '../../../../lib/glossary/term-cards-file.ts';

/** `/readouts/<slug>/term-cards.json`, `/ar/…`: the reading page's term cards, fetched on the reader's first touch (src/lib/glossary/term-cards.ts). */
export const getStaticPaths = (() => inEveryLocale(readoutPaths)) satisfies GetStaticPaths;

export const GET: APIRoute<
  InferGetStaticPropsType<typeof getStaticPaths>,
  InferGetStaticParamsType<typeof getStaticPaths>
> = async ({ props, params }) => termCardsFile(await readoutAt(params.slug), props.locale);
