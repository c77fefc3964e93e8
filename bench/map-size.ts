/**
 * `npm run bench:map-size`: how big the files every first search loads whole
 * grow with the collection, without building it: the paragraph map
 * (`search/map.json`: per readout a length class for each paragraph's own
 * words and one for its glossary names) and, for comparison, what a per-paragraph map would weigh (the
 * design Bayan replaced). Paragraph lengths are drawn at random (30–1,500
 * words, 18 paragraphs a readout), so nothing repeats and gzip gets no help
 * that real readouts would not give it; bench:scale's recombined readouts
 * repeat 18 lengths.
 */
import { lengthClass, type ParagraphMap } from '../src/lib/search/map.ts';
import { gzipSize, kib, seededRandom } from './lib.ts';

const random = seededRandom(1);
const pageId = () =>
  `en_${Math.floor(random() * 2 ** 28)
    .toString(16)
    .padStart(7, '0')}`;
const gzipped = (value: unknown) => gzipSize(JSON.stringify(value));

console.log(
  '| readouts | paragraph map (KiB, gzip) | a map with every paragraph’s exact length and names length (KiB, gzip) |\n|---|---|---|',
);
for (const n of [100, 1000, 10_000]) {
  const map: ParagraphMap = { paragraphs: 18 * n, layouts: {} };
  const perParagraph: Record<string, [number[], number[]]> = {};
  for (let r = 0; r < n; r++) {
    const own = Array.from({ length: 18 }, () => 30 + Math.floor(random() * 1470));
    const names = own.map(() => Math.floor(random() * 300));
    const page = pageId();
    map.layouts[page] = [own.map(lengthClass).join(''), names.map(lengthClass).join('')];
    perParagraph[page] = [own.map((o, i) => o + names[i]!), names];
  }
  console.log(`| ${n} | ${kib(gzipped(map))} | ${kib(gzipped(perParagraph))} |`);
}
