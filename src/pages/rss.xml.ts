import type { APIRoute } from 'astro';
import { feed } from '../lib/outputs/feed.ts';

/** `/rss.xml`: the readouts, newest first, in English. */
export const GET: APIRoute = ({ site }) => feed('en', site!);
