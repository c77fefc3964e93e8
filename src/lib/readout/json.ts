/** The readout as data: the JSON export's shape, built from the collection entry and its rendered pairs. */
import type { z } from 'astro/zod';
import type { readoutExportSchema } from '../../schemas/export.ts';
import type { ReadoutData } from '../../schemas/readout.ts';
import { speakerName } from '../../schemas/readout.ts';
import type { PairText } from './pairs.ts';
import { paragraphId, sentenceId } from './paragraph-hash.ts';

/** The shapes are the export schema's (src/schemas/export.ts), which tests validate the built files against. */
export type ReadoutJson = z.infer<typeof readoutExportSchema>;
export type ParagraphJson = ReadoutJson['paragraphs'][number];
export type SegmentJson = ParagraphJson['segments'][number];

/** `url`: the readout's reading page, absolute (readoutUrl in src/lib/site/urls.ts). */
export function readoutJson(slug: string, data: ReadoutData, pairs: readonly PairText[], url: string): ReadoutJson {
  return {
    slug,
    url,
    lang: data.lang,
    dir: data.dir,
    title: data.title,
    date: data.date,
    participants: data.participants,
    source: data.source,
    summary: data.summary,
    gloss: data.gloss,
    paragraphs: pairs.map((p) => ({
      n: p.n,
      speaker: { id: p.speaker, name: speakerName(data, p.speaker) },
      text: { [data.lang]: p.original, en: p.gloss },
      notes: p.notes,
      terms: p.terms,
      permalink: `${url}#${paragraphId(p.n)}`,
      segments: p.segments.map((segment, i) => ({
        s: i + 1,
        text: {
          [data.lang]: p.original.slice(segment.original.start, segment.original.end),
          en: p.gloss.slice(segment.gloss.start, segment.gloss.end),
        },
        speaker: { id: segment.speaker, name: speakerName(data, segment.speaker) },
        permalink: `${url}#${sentenceId(p.n, i + 1)}`,
      })),
    })),
  };
}

/** The JSON export's text (`/readouts/<slug>.json`): the export route writes it, and the search index checks its digest. */
export const readoutJsonText = (readout: ReadoutJson) => JSON.stringify(readout, null, 2);
