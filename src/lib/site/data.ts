/** Per-readout data for export endpoints and pages (Astro only). */
import { readFileSync } from 'node:fs';
import { render } from 'astro:content';
import { pairsOf, type Readout } from './collection.ts';
import { readoutJson, type ReadoutJson } from '../readout/json.ts';
import { readoutUrl } from './urls.ts';

export async function exportOf(entry: Readout, site: URL): Promise<ReadoutJson> {
  const { remarkPluginFrontmatter } = await render(entry);
  return readoutJson(entry.id, entry.data, pairsOf(remarkPluginFrontmatter), readoutUrl(entry.id, site));
}

/** The readout's Markdown file exactly as stored. */
export function sourceOf(entry: Readout): string {
  if (!entry.filePath) throw new Error(`No file path for readout ${entry.id}`);
  return readFileSync(entry.filePath, 'utf8');
}

/** The day of the build, YYYY-MM-DD: the "accessed" date a page without JavaScript cites. */
export const BUILD_DAY = new Date().toISOString().slice(0, 10);

export function text(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
