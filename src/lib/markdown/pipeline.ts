/**
 * The Markdown pipeline a readout goes through, in order: one list, used by astro.config.mjs
 * (through Astro's unified processor) and by the tests (tests/helpers/pipeline.ts), so the
 * tests render what the site renders.
 */
import remarkDirective from 'remark-directive';
import type { Plugin } from 'unified';
import type { Glossary } from '../glossary/load.ts';
import rehypeGlossaryMarks, { type Options as GlossaryMarksOptions } from './rehype-glossary-marks.ts';
import rehypeSafeUrls from './rehype-safe-urls.ts';
import remarkReadoutPairs from './remark-readout-pairs.ts';

/** A plugin, or a plugin and its options, as both unified's `use` and Astro's config take them (any tree in and out, as Astro's own types). */
type Entry = Plugin<any[], any, any> | [Plugin<any[], any, any>, object];

/** The glossary by default is content/terms/; `base` and `inputs` as rehype-glossary-marks takes them. */
export interface PipelineOptions extends GlossaryMarksOptions {
  glossary?: Glossary;
}

/** `:::`/`::`/`:` directives, then a readout body read into aligned pairs. */
export const remarkPlugins = ({ glossary }: PipelineOptions = {}): Entry[] => [
  remarkDirective,
  glossary ? [remarkReadoutPairs, { glossary }] : remarkReadoutPairs,
];

/**
 * Glossary marks in both languages (each interface adds its chrome later: reading-html.ts); then any
 * link of a scheme content may not use loses it, the pipeline's own defence beside the content check.
 */
export const rehypePlugins = (options: PipelineOptions = {}): Entry[] => [
  [rehypeGlossaryMarks, options],
  rehypeSafeUrls,
];

/**
 * Raw HTML in Markdown is dropped, never passed to the page: the second line of defence against
 * markup in content (the first is the content check, which rejects it).
 */
export const REMARK_REHYPE = { allowDangerousHtml: false } as const;
