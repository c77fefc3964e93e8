/**
 * A digest of everything besides a readout file that shapes its rendered HTML:
 * the Markdown plugins, the libraries they use, and the glossary.
 *
 * Reasoning: Astro's content layer keeps rendered Markdown between builds and
 * only starts afresh when the serialised Astro config changes. Passing this
 * digest as a plugin option puts it in the config, so editing a glossary entry
 * or a plugin re-renders every readout instead of serving stale marks.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { TERMS_DIR, TERM_PATTERN } from '../glossary/load.ts';

const SOURCES = ['src/lib/**/*.ts', 'src/schemas/**/*.ts', 'src/i18n/**/*.ts'];

/** Every file the digest reads, repository-relative and sorted. */
export function markdownInputFiles(): string[] {
  return [
    ...SOURCES.flatMap((pattern) => globSync(pattern)),
    ...globSync(TERM_PATTERN, { cwd: TERMS_DIR }).map((f) => `${TERMS_DIR}/${f}`),
  ].sort();
}

export function markdownInputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of markdownInputFiles()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
