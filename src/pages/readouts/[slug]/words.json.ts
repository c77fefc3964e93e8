import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from 'astro';
import { readoutAt, readoutPaths } from '../../../lib/site/collection.ts';
import { hasWords, wordData } from '../../../lib/site/word-study.ts';
import { text } from '../../../lib/site/data.ts';

/** `/readouts/<slug>/words.json`: the readout's words and their lemmas, for word mode (one file for every interface). */
export const getStaticPaths = (async () =>
  (await readoutPaths()).filter(({ params }) => hasWords(params.slug))) satisfies GetStaticPaths;

export const GET: APIRoute<never, InferGetStaticParamsType<typeof getStaticPaths>> = async ({ params }) =>
  text(JSON.stringify(wordData(await readoutAt(params.slug))), 'application/json');
