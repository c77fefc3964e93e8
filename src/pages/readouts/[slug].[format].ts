import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from 'astro';
import { readoutAt, readoutPaths, type Readout } from '../../lib/site/collection.ts';
import { toCsv, toSentenceCsv, toText, toTmx } from '../../lib/outputs/exports.ts';
import { exportOf, sourceOf, text } from '../../lib/site/data.ts';
import { readoutJsonText } from '../../lib/readout/json.ts';
import pkg from '../../../package.json' with { type: 'json' };
import { hasWords, vocabularyOf } from '../../lib/site/word-study.ts';
import { ankiDeck, vocabularyCsv } from '../../lib/words/vocabulary.ts';

/** What a readout export is: its media type, and its text. */
interface Format {
  type: string;
  body: (entry: Readout, site: URL) => string | Promise<string>;
}

const TOOL = { name: 'Bayan', version: pkg.version };

/**
 * Every file a readout is exported as (README, "Exports"), by what follows `<slug>.` in its URL:
 * `/readouts/<slug>.json`, `/readouts/<slug>.sentences.tmx`… A new format is one entry here. A
 * format may hold dots: a slug never does (SLUG_SHAPE, src/lib/readout-files.ts), so Astro reads
 * `<slug>.<format>` back at the first dot.
 */
const FORMATS: Record<string, Format> = {
  /** The readout's metadata and its aligned paragraphs. */
  json: { type: 'application/json', body: async (entry, site) => readoutJsonText(await exportOf(entry, site)) },
  /** One row per paragraph, RFC 4180. */
  csv: { type: 'text/csv', body: async (entry, site) => toCsv(await exportOf(entry, site)) },
  /** One row per aligned sentence, RFC 4180. */
  'sentences.csv': { type: 'text/csv', body: async (entry, site) => toSentenceCsv(await exportOf(entry, site)) },
  /** TMX 1.4b, one translation unit per paragraph; its creationdate is the build's clock. */
  tmx: {
    type: 'application/x-tmx+xml',
    body: async (entry, site) => toTmx(await exportOf(entry, site), TOOL, new Date()),
  },
  /** TMX 1.4b, one translation unit per aligned sentence. */
  'sentences.tmx': {
    type: 'application/x-tmx+xml',
    body: async (entry, site) => toTmx(await exportOf(entry, site), TOOL, new Date(), 'sentence'),
  },
  /** The Markdown file exactly as stored. */
  md: { type: 'text/markdown', body: (entry) => sourceOf(entry) },
};

/** A readout with a word study: its vocabulary as CSV, and as an Anki deck (docs/word-study.md). */
const STUDY_FORMATS: Record<string, Format> = {
  'vocabulary.csv': {
    type: 'text/csv',
    body: async (entry, site) => vocabularyCsv(await vocabularyOf(entry.id, site)),
  },
  'anki.txt': {
    type: 'text/plain',
    body: async (entry, site) =>
      ankiDeck(await vocabularyOf(entry.id, site), `Bayan::${entry.data.title.en}`, `bayan ${entry.id}`),
  },
};

/** The formats above and `<lang>.txt` in the readout's language and in English: one numbered paragraph per line. */
const formatsOf = (entry: Readout): Record<string, Format> => ({
  ...FORMATS,
  ...(hasWords(entry.id) ? STUDY_FORMATS : {}),
  ...Object.fromEntries(
    [entry.data.lang, 'en'].map((lang): [string, Format] => [
      `${lang}.txt`,
      { type: 'text/plain', body: async (e, site) => toText(await exportOf(e, site), lang) },
    ]),
  ),
});

// Each readout's paths (readoutPaths: its slug and cache key), one per format it has.
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      (await readoutPaths()).map(async ({ params, cacheKey }) =>
        Object.keys(formatsOf(await readoutAt(params.slug))).map((format) => ({
          params: { ...params, format },
          cacheKey,
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<never, InferGetStaticParamsType<typeof getStaticPaths>> = async ({ params, site }) => {
  const entry = await readoutAt(params.slug);
  const format = formatsOf(entry)[params.format]!;
  return text(await format.body(entry, site!), format.type);
};
