import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site/urls.ts';

/** `/robots.txt`: everything may be crawled; the sitemap lists the canonical pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
