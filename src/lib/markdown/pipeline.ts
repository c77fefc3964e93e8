/**
 * The Markdown pipeline a readout goes through, in order: one list, used by astro.config.mjs
 * (through Astro's unified processor) and by the tests (tests/helpers/pipeline.ts), so the
 * tests render what the site renders.
 */
import remarkDirective from 'remark-directive';
import type { PluggableList } from 'unified';
import type { Glossary } from '../glossary/load.ts';
import rehypeGlossaryMarks, { type Options as GlossaryMarksOptions } from './rehype-glossary-marks.ts';
import remarkReadoutPairs from './remark-readout-pairs.ts';

/** The glossary by default is content/terms/; `base` and `inputs` as rehype-glossary-marks takes them. */
export interface PipelineOptions extends GlossaryMarksOptions {
  glossary?: Glossary;
}

/** `:::`/`::`/`:` directives, then a readout body read into aligned pairs. */
export const remarkPlugins = ({ glossary }: PipelineOptions = {}): PluggableList => [remarkDirective, glossary ? [remarkReadoutPairs, { glossary }] : remarkReadoutPairs];

/** Glossary marks in both languages (each interface adds its chrome later: reading-html.ts). */
export const rehypePlugins = (options: PipelineOptions = {}): PluggableList => [[rehypeGlossaryMarks, options]];

/**
 * Raw HTML in Markdown is dropped, never passed to the page: the second line of defence against
 * markup in content (the first is the content check, which rejects it).
 */
export const REMARK_REHYPE = { allowDangerousHtml: false } as const;
