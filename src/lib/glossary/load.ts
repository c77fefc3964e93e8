/**
 * The glossary as the Markdown plugins see it: read once from content/terms/
 * (the same files and schema as the `terms` collection), with a matcher.
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { termSchema, type Term } from '../../schemas/term.ts';
import { TermMatcher } from './matcher.ts';

export const TERMS_DIR = process.env['BAYAN_TERMS_DIR'] ?? './content/terms';
export const TERM_PATTERN = '*.yaml';

export interface Glossary {
  terms: Term[];
  byId: Map<string, Term>;
  matcher: TermMatcher;
}

const cache = new Map<string, Glossary>();

export function termFiles(dir = TERMS_DIR): string[] {
  return globSync(TERM_PATTERN, { cwd: dir })
    .sort()
    .map((f) => join(dir, f));
}

export const termIdOf = (file: string) => basename(file, '.yaml');

/** Loads and validates every term; a bad file stops with a pointer to the content check, which names the line. */
export function loadGlossary(dir = TERMS_DIR): Glossary {
  const cached = cache.get(dir);
  if (cached) return cached;
  const terms = termFiles(dir).map((file) => {
    const result = termSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!result.success)
      throw new Error(`${file} is not a valid glossary entry. Run npm run check:content for the line and the fix.`);
    return { id: termIdOf(file), ...result.data };
  });
  const glossary = { terms, byId: new Map(terms.map((t) => [t.id, t])), matcher: new TermMatcher(terms) };
  cache.set(dir, glossary);
  return glossary;
}
