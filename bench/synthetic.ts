/**
 * Synthetic readouts for the benchmarks (bench/scale.ts, bench/incremental.ts) and the incremental
 * build test: the real readout's paragraphs and glosses recombined, with unique slugs, titles and dates.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const real = readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8');
const end = real.indexOf('\n---\n', 4) + 5;
const frontmatter = real.slice(0, end);
// Pairs: each Arabic paragraph with its gloss block, as stored.
const pairs = real
  .slice(end)
  .trim()
  .split(/\n(?=[^\n:]*[\u0600-\u06FF][^\n]*\n\n:::gloss)/u)
  .map((p) => p.trim());
if (pairs.length !== 18) throw new Error(`expected 18 pairs, found ${pairs.length}`);

/** The text of synthetic readout `i` (1, 2, …). */
export function synthetic(i: number): string {
  const date = new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  // Rotate and vary the order so readouts differ, keeping every pair whole.
  const order = pairs.map((_, k) => pairs[(k * (i % 7 === 0 ? 1 : 5) + i) % pairs.length]!);
  const fm = frontmatter
    .replace(/^date: .*$/m, `date: ${date}`)
    .replace(
      /^  en: Xi Jinping holds a virtual meeting with Vladimir Putin$/m,
      `  en: Synthetic readout ${i} (recombined paragraphs)`,
    );
  return `${fm}\n${order.join('\n\n')}\n`;
}

/** Synthetic readout `i`'s file name. */
export const syntheticFile = (i: number): string => `synthetic-${String(i).padStart(4, '0')}.md`;

/** Writes synthetic readouts `from`…`to` into `dir`. */
export function writeSynthetic(dir: string, to: number, from = 1): void {
  for (let i = from; i <= to; i++) writeFileSync(join(dir, syntheticFile(i)), synthetic(i));
}

/** A readout's text with one gloss line changed (an editor's correction); throws if the line is not there. */
export function editGloss(text: string): string {
  const line = 'President Xi Jinping held a virtual meeting';
  if (!text.includes(line)) throw new Error('the gloss line to edit is missing');
  return text.replace(line, 'President Xi Jinping held an online meeting');
}
