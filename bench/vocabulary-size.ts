/**
 * `npm run bench:vocabulary-size`: what the typo vocabulary (search/vocab/) costs
 * a search at 1, 100 and 1,000 readouts, without building the sites.
 *
 * bench:scale's synthetic readouts repeat the same 18 paragraphs, so their
 * vocabulary would never grow. Here every collection is the real readout's text
 * (from dist/readouts/*.json: run `npm run build` first) plus, for each further
 * readout, as many words as the real one holds, drawn with Zipf's law (s = 1.07)
 * from a lexicon of 400,000 made-up words. Each made-up word copies the first
 * letter, script and length of a real word and fills the rest with letters drawn
 * as often as the real vocabulary uses them, so shards split as real ones would.
 * Prints the gzip -9 bytes of the files a correction fetches (catalogue.json, then
 * the words and word starts its word can reach) for a few mistyped words.
 */
import { readFileSync, globSync } from 'node:fs';
import { buildVocabulary } from '../src/lib/search/build/vocabulary.ts';
import { CATALOGUE_PATH, correct, isKnown, type VocabularyFiles } from '../src/lib/search/vocabulary.ts';
import { queryWords } from '../src/lib/search/text.ts';
import { gzipSize, kib, seededRandom } from './lib.ts';

const TYPOS = ['startegic', 'cordination', 'Tiawan', 'الأولومبياد', 'تيوان', 'زريعة'];
const LEXICON = 400_000;
const ZIPF = 1.07;

const random = seededRandom(7);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

// The real readout: its paragraphs as the index builder reads them (text, notes, both languages).
const paragraphs = globSync('dist/readouts/*.json').flatMap((file) => {
  const readout = JSON.parse(readFileSync(file, 'utf8')) as {
    paragraphs: { text: Record<string, string>; notes: string[] }[];
  };
  return readout.paragraphs.map((p) => [...Object.values(p.text), ...p.notes].join('\n'));
});
if (paragraphs.length === 0) throw new Error('dist/readouts/*.json not found: run `npm run build` first');
const realWords = paragraphs.flatMap((p) => queryWords(p).map((w) => w.word));
const wordsPerParagraph = Math.round(realWords.length / paragraphs.length);
const letters = {
  arabic: [...realWords.filter((w) => /[\u0600-\u06FF]/.test(w)).join('')],
  latin: [
    ...realWords
      .filter((w) => /^[a-z]/i.test(w))
      .join('')
      .toLowerCase(),
  ],
};

// The lexicon: made-up words shaped like real ones; rank k is drawn with probability ∝ 1 / k^s.
const lexicon = Array.from({ length: LEXICON }, () => {
  const model = [...pick(realWords)];
  const pool = /[\u0600-\u06FF]/.test(model[0]!) ? letters.arabic : letters.latin;
  return model[0] + Array.from({ length: model.length - 1 }, () => pick(pool)).join('');
});
const cumulative: number[] = [];
let total = 0;
for (let k = 1; k <= LEXICON; k++) cumulative.push((total += 1 / k ** ZIPF));
const zipfWord = () => {
  const r = random() * total;
  let lo = 0;
  let hi = LEXICON - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lexicon[lo]!;
};

console.log(
  `| readouts | words | vocabulary words | files | catalogue (KiB) | ${TYPOS.map((t) => `${t} (KiB)`).join(' | ')} |\n|${'---|'.repeat(5 + TYPOS.length)}`,
);
for (const readouts of [1, 100, 1000]) {
  const texts = [...paragraphs];
  for (let r = 1; r < readouts; r++)
    for (let p = 0; p < 18; p++) texts.push(Array.from({ length: wordsPerParagraph }, zipfWord).join(' '));
  const { files: built, catalogue } = buildVocabulary(texts);
  const files = new Map<string, unknown>([...built, [CATALOGUE_PATH, catalogue]]);
  const sizes = [];
  for (const typo of TYPOS) {
    const fetched = new Set<string>([CATALOGUE_PATH]);
    const served: VocabularyFiles = {
      catalogue,
      load: async <T>(path: string) => {
        fetched.add(path);
        return files.get(path) as T;
      },
    };
    for (const { token } of queryWords(typo)) await Promise.all([isKnown(token, served), correct(token, served)]);
    sizes.push([...fetched].reduce((sum, path) => sum + gzipSize(JSON.stringify(files.get(path))), 0));
  }
  const words = [...built].reduce(
    (sum, [path, file]) => sum + (path.endsWith('.prefixes.json') ? 0 : Object.keys(file).length),
    0,
  );
  const catalogueSize = gzipSize(JSON.stringify(catalogue));
  console.log(
    `| ${readouts} | ${(texts.length * wordsPerParagraph).toLocaleString('en')} | ${words.toLocaleString('en')} | ${files.size} | ${kib(catalogueSize)} | ${sizes.map(kib).join(' | ')} |`,
  );
}
