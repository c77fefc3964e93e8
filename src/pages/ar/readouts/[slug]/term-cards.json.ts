import type { APIRoute } from 'astro';
import { readoutPaths, type Readout } from '../../../../lib/site/collection.ts';
import { termCardsFile } from '../../../../lib/glossary/term-cards-file.ts';

export const getStaticPaths = readoutPaths;

/** The Arabic reading page's term cards (src/lib/term-cards.ts). */
export const GET: APIRoute = ({ props }) => termCardsFile((props as { entry: Readout }).entry, 'ar');
