import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownInputFiles } from '../../../src/lib/markdown/inputs.ts';

/** The repository's own modules `entry` imports, directly or through others (relative imports only). */
function localImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"?]+)['"]/g)) {
      visit(normalize(join(dirname(file), spec!)));
    }
  };
  visit(entry);
  return new Set([...seen].map((f) => relative('.', f)));
}

describe('the Markdown cache inputs (src/lib/markdown/inputs.ts)', () => {
  it('hold every module the Markdown pipeline imports, so editing one re-renders the readouts', () => {
    const inputs = new Set(markdownInputFiles());
    const modules = localImports('src/lib/markdown/pipeline.ts');
    expect(modules.size).toBeGreaterThan(10);
    expect([...modules].filter((m) => !inputs.has(m))).toEqual([]);
  });

  it('hold the glossary', () => {
    expect(markdownInputFiles().some((f) => f.includes('content/terms/'))).toBe(true);
  });
});
