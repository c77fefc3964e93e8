import { describe, expect, it } from 'vitest';
import { buildVocabulary, vocabularyCounts, vocabularyFrom } from '../../../src/lib/search/build/vocabulary.ts';
import {
  correct,
  correctedQuery,
  isKnown,
  vocabularyPath,
  type VocabularyFiles,
} from '../../../src/lib/search/vocabulary.ts';

const PARAGRAPHS = [
  'Strategic coordination between China and Russia. والأولمبياد الشتوية في بكين',
  'A strategic partnership; strategy and coordination. قال بوتين إن تايوان',
  'Vaccines and the Olympics. بوتين واللقاحات bayantermbrics',
  'Stratagem.',
  'الذكرى والاضطرابات',
];

/** The built vocabulary served from memory, counting the files a search fetches. */
function served(paragraphs: readonly string[] = PARAGRAPHS) {
  const { files: built, catalogue } = buildVocabulary(paragraphs);
  const fetched: string[] = [];
  const files: VocabularyFiles = {
    catalogue,
    load: async <T>(path: string) => {
      fetched.push(path);
      const file = built.get(path);
      if (!file) throw new Error(`${path} does not exist`);
      return file as T;
    },
  };
  return { files, fetched, built, catalogue };
}
const shardPath = (first: string, length: number) => vocabularyPath('words', first, length);
const prefixesPath = (first: string, length: number) => vocabularyPath('starts', first, length);

describe('buildVocabulary', () => {
  it('is the same built whole or merged from the counts of its parts (each readout kept between builds)', () => {
    const whole = buildVocabulary(PARAGRAPHS);
    const merged = vocabularyFrom(
      [PARAGRAPHS.slice(0, 2), PARAGRAPHS.slice(2, 3), PARAGRAPHS.slice(3)].map(vocabularyCounts),
    );
    expect(JSON.stringify([...merged.files])).toBe(JSON.stringify([...whole.files]));
    expect(JSON.stringify(merged.catalogue)).toBe(JSON.stringify(whole.catalogue));
  });

  it('holds each word as a query word takes it, with the number of paragraphs holding it, most frequent first', () => {
    const { built: shards } = served();
    expect(shards.get(shardPath('s', 9))).toEqual({ strategic: 2, stratagem: 1 });
    expect(shards.get(shardPath('ب', 5))).toEqual({ بوتين: 2 });
    // The Arabic is folded and stored without the article, with the text's own spelling where folding changed it.
    expect(shards.get(shardPath('ا', 8))).toMatchObject({ اولمبياد: [1, 'أولمبياد'] });
    expect(shards.get(shardPath('و', 8))).toBeUndefined(); // والاولمبياد loses its article: و + ال → the query's form is اولمبياد
    expect(shards.get(shardPath('ل', 6))).toEqual({ لقاحات: 1 });
  });

  it('leaves out words under 3 letters and the hidden glossary words', () => {
    const { built } = served();
    const words = [...built].filter(([path]) => !path.endsWith('.prefixes.json')).flatMap(([, s]) => Object.keys(s));
    expect(words).toContain('and');
    expect(words).not.toContain('a');
    expect(words).not.toContain('في');
    expect(words.some((w) => w.startsWith('bayanterm'))).toBe(false);
  });

  it('lists which files exist, and the starts of longer words for telling a word being typed', () => {
    const { catalogue, built } = served();
    expect(catalogue.words['73']).toEqual({ 8: '', 9: '' }); // s: strategy, strategic/stratagem
    expect(built.get(prefixesPath('s', 5))).toEqual(['strat']);
    expect(built.get(prefixesPath('s', 8))).toEqual(['stratage', 'strategi']);
  });

  it('splits a file of more than 1,000 words by their second letter, and a correction reads only the parts it can need', async () => {
    const made = Array.from(
      { length: 1200 },
      (_, i) =>
        `s${'aeiouybcdfghklmnprtvw'[i % 21]}${(i * 7919).toString(36).replace(/[0-9]/g, 'x').padEnd(6, 'q').slice(0, 6)}`,
    );
    const { files, fetched, catalogue } = served([...PARAGRAPHS, made.join(' ')]);
    expect(catalogue.words['73']![8]).toBe('abcdefghiklmnoprtuvwy');
    expect(await correct('startegic', files)).toMatchObject({ word: 'strategic' });
    // s + t (typed), a (third letter), vowels: never all 21 parts of the 8-letter file.
    const parts = fetched
      .filter((p) => /\/73-[0-9a-f]+-8\.json$/.test(p))
      .map((p) => String.fromCodePoint(parseInt(p.split('-').at(-2)!, 16)));
    expect(parts.sort()).toEqual(['a', 'e', 'i', 'o', 't', 'u', 'y']);
    expect(await isKnown('strat', files)).toBe(true);
  });
});

describe('isKnown', () => {
  it('knows the index’s words and the starts of them, and nothing else', async () => {
    const { files } = served();
    expect(await isKnown('strategic', files)).toBe(true);
    expect(await isKnown('strat', files)).toBe(true);
    expect(await isKnown('startegic', files)).toBe(false);
    expect(await isKnown('اولومبياد', files)).toBe(false);
    expect(await isKnown('qwertyuiop', files)).toBe(false);
  });

  it('asks only for files that exist', async () => {
    const { files, fetched, built } = served();
    for (const word of ['strategic', 'strat', 'startegic', 'zzzz', 'strategically', 'بوتن'])
      await Promise.all([isKnown(word, files), correct(word, files)]);
    for (const path of fetched) expect(built.has(path), path).toBe(true);
  });
});

describe('correct', () => {
  it('finds the closest word with the same first letter: fewest edits, then most paragraphs', async () => {
    const { files } = served();
    expect(await correct('startegic', files)).toMatchObject({ word: 'strategic', edits: 1, paragraphs: 2 });
    expect(await correct('cordination', files)).toMatchObject({ word: 'coordination', edits: 1 });
    expect(await correct('olmypics', files)).toMatchObject({ word: 'olympics', edits: 1 });
  });

  it('prefers the cheaper Arabic edit, and tries a word without its clitics', async () => {
    const { files } = served();
    expect(await correct('اولومبياد', files)).toMatchObject({ word: 'اولمبياد', edits: 0.5 });
    expect(await correct('بوتن', files)).toMatchObject({ word: 'بوتين', edits: 0.5 });
    expect(await correct('وبوتن', files)).toMatchObject({ form: 'بوتن', word: 'بوتين' });
    expect(await correct('لقاحت', files)).toMatchObject({ word: 'لقاحات', edits: 0.5 });
  });

  it('changes the first letter only for one often written for it in Arabic', async () => {
    const { files } = served();
    expect(await correct('زكري', files)).toMatchObject({ word: 'ذكري', edits: 0.5 });
    expect(await correct('اظطرابات', files)).toMatchObject({ word: 'اضطرابات', edits: 0.5 });
    expect(await correct('مكري', files)).toBeUndefined();
  });

  it('corrects nothing under 4 letters, nothing beyond the edits allowed, nothing across the first letter', async () => {
    const { files } = served();
    expect(await correct('sta', files)).toBeUndefined();
    expect(await correct('strtgc', files)).toBeUndefined(); // three letters short of strategic
    expect(await correct('qwertyuiop', files)).toBeUndefined();
    expect(await correct('trategic', files)).toBeUndefined();
  });

  it('reads only the lengths a correction can reach', async () => {
    const { files, fetched } = served();
    await correct('startegic', files);
    expect(fetched.sort()).toEqual([shardPath('s', 8), shardPath('s', 9)]);
  });
});

describe('correctedQuery', () => {
  it('writes an Arabic correction as the text spells it: hamza, ة and ى kept', async () => {
    const { files } = served();
    expect(correctedQuery('الزكرى', [(await correct('زكري', files))!])).toBe('الذكرى');
    expect(correctedQuery('الاظطرابات', [(await correct('اظطرابات', files))!])).toBe('الاضطرابات');
  });

  it('replaces the corrected words, in the case they were typed, and keeps the rest', async () => {
    const { files } = served();
    const startegic = (await correct('startegic', files))!;
    expect(correctedQuery('Startegic partnership', [startegic])).toBe('Strategic partnership');
    expect(correctedQuery('STARTEGIC', [startegic])).toBe('STRATEGIC');
    expect(correctedQuery('a startegic, partnership', [startegic])).toBe('a strategic, partnership');
  });

  it('keeps the clitics and article an Arabic word was typed with', async () => {
    const { files } = served();
    const olympics = (await correct('اولومبياد', files))!;
    expect(correctedQuery('والأولومبياد الشتوية', [olympics])).toBe('والأولمبياد الشتوية');
    expect(correctedQuery('والاولومبياد', [olympics])).toBe('والأولمبياد');
    const putin = (await correct('وبوتن', files))!;
    expect(correctedQuery('وبوتن', [putin])).toBe('وبوتين');
  });
});
