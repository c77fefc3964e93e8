/**
 * `npm run compare:dist -- <dirA> <dirB>`: are two builds the same site? Lists every file in both
 * trees and compares them byte for byte; prints the files only in A, only in B, and those that
 * differ, and exits 1 if there is any. Use it around a change that must not change the output
 * (moving routes, reorganising modules): build, copy dist/ aside, change, build, compare.
 *
 * Two builds of the same commit differ in one place only, so that is all it forgives:
 *  - TMX exports (`*.tmx`): the header's `creationdate="YYYYMMDDThhmmssZ"` is the build's
 *    clock (src/lib/exports.ts `toTmx`). In those files, that attribute's value, and nothing
 *    else, is blanked before comparing.
 * The citation's access date (src/lib/site-data.ts `BUILD_DAY`) is also the build's clock, but
 * only to the day, and in several forms (ISO, BibTeX, formatted in each language); it is not
 * forgiven — compare two builds made on the same (UTC) day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file's bytes with its build timestamps blanked (only where a rule above says so). */
export function normalise(path: string, bytes: Buffer): Buffer {
  if (!path.endsWith('.tmx')) return bytes;
  return Buffer.from(
    bytes.toString('latin1').replace(/(<header\b[^>]*?\screationdate=")\d{8}T\d{6}Z(")/, '$1$2'),
    'latin1',
  );
}

/** Every file under `dir`, as a sorted list of `/`-separated relative paths. */
export function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) =>
      join(d.parentPath, d.name)
        .slice(dir.replace(/\/+$/, '').length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

export interface Comparison {
  onlyInA: string[];
  onlyInB: string[];
  differ: string[];
  same: number;
}

export function compareDirs(a: string, b: string): Comparison {
  const inA = filesOf(a);
  const inB = new Set(filesOf(b));
  const result: Comparison = { onlyInA: [], onlyInB: [], differ: [], same: 0 };
  for (const file of inA) {
    if (!inB.has(file)) result.onlyInA.push(file);
    else if (normalise(file, readFileSync(join(a, file))).equals(normalise(file, readFileSync(join(b, file)))))
      result.same++;
    else result.differ.push(file);
    inB.delete(file);
  }
  result.onlyInB = [...inB].sort();
  return result;
}

if (import.meta.main) {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error('usage: node scripts/compare-dist.ts <dirA> <dirB>');
    process.exit(2);
  }
  const { onlyInA, onlyInB, differ, same } = compareDirs(a, b);
  for (const file of onlyInA) console.error(`only in ${a}: ${file}`);
  for (const file of onlyInB) console.error(`only in ${b}: ${file}`);
  for (const file of differ) console.error(`differs: ${file}`);
  const problems = onlyInA.length + onlyInB.length + differ.length;
  console.log(
    `${same} files identical; ${onlyInA.length} only in A, ${onlyInB.length} only in B, ${differ.length} differ.`,
  );
  process.exit(problems ? 1 : 0);
}
