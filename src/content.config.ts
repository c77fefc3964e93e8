import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readoutSchema } from './schemas/readout.ts';
import { termSchema } from './schemas/term.ts';
import { READOUTS_DIR, READOUT_PATTERN, slugOf } from './lib/readout/files.ts';
import { TERMS_DIR, TERM_PATTERN, termIdOf } from './lib/glossary/load.ts';

/**
 * Every Markdown file under content/readouts/ (subfolders allowed, e.g. by
 * year) is a readout; its URL slug is the file name, so adding a file is all
 * it takes to publish one.
 */
const readouts = defineCollection({
  loader: glob({ base: READOUTS_DIR, pattern: READOUT_PATTERN, generateId: ({ entry }) => slugOf(entry) }),
  schema: readoutSchema,
});

/** The glossary: one YAML file per term under content/terms/, its file name the term's id and URL. */
const terms = defineCollection({
  loader: glob({ base: TERMS_DIR, pattern: TERM_PATTERN, generateId: ({ entry }) => termIdOf(entry) }),
  schema: termSchema,
});

export const collections = { readouts, terms };
