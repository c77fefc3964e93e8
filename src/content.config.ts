import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readoutSchema } from './schemas/readout.ts';
import { READOUTS_DIR, READOUT_PATTERN, slugOf } from './lib/readout-files.ts';

/**
 * Every Markdown file under content/readouts/ (subfolders allowed, e.g. by
 * year) is a readout; its URL slug is the file name, so adding a file is all
 * it takes to publish one.
 */
const readouts = defineCollection({
  loader: glob({ base: READOUTS_DIR, pattern: READOUT_PATTERN, generateId: ({ entry }) => slugOf(entry) }),
  schema: readoutSchema,
});

export const collections = { readouts };
