/**
 * `npm run check:content`: checks every readout and glossary entry and prints
 * each problem as `file:line:column  message`, then exits 1 if there were any.
 * Runs before every build so bad content never reaches the site.
 *
 * A readout found correct is remembered in the build cache (`content-check.json` in
 * $BAYAN_CACHE_DIR or node_modules/.astro, beside Astro's), with its text's digest and those of
 * the published sources it was compared with; while they, the glossary and the code are unchanged
 * (src/lib/markdown/inputs.ts and this file), it is not checked again. `--force` checks every file.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkCollection, checkReadout, type FileProblem } from '../src/lib/check/readout.ts';
import { publishedSourceOf, SOURCES_DIR, type PublishedSource } from '../src/lib/check/published-source.ts';
import { markdownInputsDigest } from '../src/lib/markdown/inputs.ts';
import { checkTerms } from '../src/lib/check/terms.ts';
import { termFiles, termIdOf, TERMS_DIR } from '../src/lib/glossary/load.ts';
import { READOUTS_DIR, READOUT_PATTERN, slugOf } from '../src/lib/readout/files.ts';
import { wordStudyProblems } from '../src/lib/check/word-study.ts';

const readouts = globSync(READOUT_PATTERN, { cwd: READOUTS_DIR })
  .sort()
  .map((f) => join(READOUTS_DIR, f));
if (readouts.length === 0) {
  console.error(`No readouts found in ${READOUTS_DIR} (${READOUT_PATTERN}). Add one (see README, "Adding a readout").`);
  process.exit(1);
}
const terms = termFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const termIds = new Set(terms.map((t) => termIdOf(t.file)));

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);
const CACHE = join(process.env['BAYAN_CACHE_DIR'] ?? 'node_modules/.astro', 'content-check.json');
/** A correct readout: its text's digest, and each published source it was compared with (null: none kept). */
type Checked = { text: string; sources: Record<string, string | null> };
const salt = digest(markdownInputsDigest() + readFileSync(import.meta.filename, 'utf8'));
const previous = (() => {
  if (process.argv.includes('--force')) return {};
  try {
    const cache = JSON.parse(readFileSync(CACHE, 'utf8')) as { salt: string; files: Record<string, Checked> };
    return cache.salt === salt ? cache.files : {};
  } catch {
    return {};
  }
})();
const stillCorrect = (file: string, text: string) => {
  const checked = previous[file];
  return (
    checked?.text === digest(text) &&
    Object.entries(checked.sources).every(([source, hash]) =>
      hash === null ? !existsSync(source) : existsSync(source) && digest(readFileSync(source, 'utf8')) === hash,
    )
  );
};

const problems: FileProblem[] = [
  ...checkTerms(terms),
  ...checkCollection(readouts),
  ...wordStudyProblems(readouts.map((file) => ({ slug: slugOf(file), file }))),
];
const correct: Record<string, Checked> = {};
for (const file of readouts) {
  const text = readFileSync(file, 'utf8');
  if (stillCorrect(file, text)) {
    correct[file] = previous[file]!;
    continue;
  }
  const sources: Checked['sources'] = {};
  const found = checkReadout(file, text, termIds, (slug, lang) => {
    const source: PublishedSource | undefined = publishedSourceOf(slug, lang);
    sources[source?.file ?? join(SOURCES_DIR, `${slug}.${lang}.txt`)] = source ? digest(source.text) : null;
    return source;
  });
  problems.push(...found);
  if (found.length === 0) correct[file] = { text: digest(text), sources };
}
mkdirSync(dirname(CACHE), { recursive: true });
writeFileSync(CACHE, JSON.stringify({ salt, files: correct }));

for (const p of problems) console.error(`${relative('.', p.file)}:${p.line}:${p.column}  ${p.message}`);
if (problems.length > 0) {
  const count = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} problem(s) in ${count} file(s). Fix them and build again.`);
  process.exit(1);
}
console.log(`Content OK: ${readouts.length} readout(s) and ${terms.length} glossary entries (${TERMS_DIR}) checked.`);
