import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, render } from 'astro:content';
import { pairsOf } from '../../lib/collection.ts';
import { readoutJson } from '../../lib/readout-json.ts';

export const getStaticPaths = (async () => (await getCollection('readouts')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

/** `/readouts/<slug>.json`: the readout's metadata and its aligned paragraphs (README, "Exports"). */
export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof getCollection<'readouts'>>>[number] };
  const { remarkPluginFrontmatter } = await render(entry);
  const json = readoutJson(entry.id, entry.data, pairsOf(remarkPluginFrontmatter), site!);
  return new Response(JSON.stringify(json, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
