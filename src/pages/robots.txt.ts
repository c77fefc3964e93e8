import type { APIRoute } from 'astro';

/** `/robots.txt`: everything may be crawled; the sitemap lists the canonical pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
