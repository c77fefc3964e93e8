/**
 * `npm run check:content`: checks every readout and glossary entry and prints
 * each problem as `file:line:column  message`, then exits 1 if there were any.
 * Runs before every build so bad content never reaches the site.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkCollection, checkReadout, type FileProblem } from '../src/lib/check/readout.ts';
import { publishedSourceOf } from '../src/lib/check/published-source.ts';
import { checkTerms } from '../src/lib/check/terms.ts';
import { termFiles, termIdOf, TERMS_DIR } from '../src/lib/glossary/load.ts';
import { READOUTS_DIR, READOUT_PATTERN } from '../src/lib/readout/files.ts';

const readouts = globSync(READOUT_PATTERN, { cwd: READOUTS_DIR })
  .sort()
  .map((f) => join(READOUTS_DIR, f));
if (readouts.length === 0) {
  console.error(`No readouts found in ${READOUTS_DIR} (${READOUT_PATTERN}). Add one (see README, "Adding a readout").`);
  process.exit(1);
}
const terms = termFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const termIds = new Set(terms.map((t) => termIdOf(t.file)));

const problems: FileProblem[] = [...checkTerms(terms), ...checkCollection(readouts)];
for (const file of readouts)
  problems.push(...checkReadout(file, readFileSync(file, 'utf8'), termIds, publishedSourceOf));

for (const p of problems) console.error(`${relative('.', p.file)}:${p.line}:${p.column}  ${p.message}`);
if (problems.length > 0) {
  const count = new Set(problems.map((p) => p.file)).size;
  console.error(`\n${problems.length} problem(s) in ${count} file(s). Fix them and build again.`);
  process.exit(1);
}
console.log(`Content OK: ${readouts.length} readout(s) and ${terms.length} glossary entries (${TERMS_DIR}) checked.`);
