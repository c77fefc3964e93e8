import type { APIRoute } from 'astro';
import { feed } from '../../lib/outputs/feed.ts';

/** `/ar/rss.xml`: the readouts, newest first, in Arabic. */
export const GET: APIRoute = ({ site }) => feed('ar', site!);
