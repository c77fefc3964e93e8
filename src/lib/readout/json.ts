/** The readout as data: the JSON export's shape, built from the collection entry and its rendered pairs. */
import type { ReadoutData } from '../../schemas/readout.ts';
import { speakerName } from '../../schemas/readout.ts';
import type { PairText } from '../markdown/remark-readout-pairs.ts';
import { readoutPath, sitePath } from '../site/urls.ts';

export interface ReadoutJson {
  slug: string;
  url: string;
  lang: string;
  dir: string;
  title: ReadoutData['title'];
  date: string;
  participants: ReadoutData['participants'];
  source: ReadoutData['source'];
  summary: ReadoutData['summary'];
  gloss: ReadoutData['gloss'];
  paragraphs: ParagraphJson[];
}

export interface ParagraphJson {
  n: number;
  speaker: { id: string; name: string };
  /** Keyed by language: the original (verbatim) and the English gloss. */
  text: Record<string, string>;
  notes: string[];
  terms: string[];
  permalink: string;
  /** The aligned sentences, in order: joined by the white space between them, their originals are `text[lang]`. */
  segments: SegmentJson[];
}

export interface SegmentJson {
  /** 1-based position in the paragraph: `#p-N.s`. */
  s: number;
  text: Record<string, string>;
  permalink: string;
}

export function readoutJson(slug: string, data: ReadoutData, pairs: readonly PairText[], site: URL): ReadoutJson {
  const url = new URL(sitePath(readoutPath(slug)), site).href;
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
      permalink: `${url}#p-${p.n}`,
      segments: p.segments.map((segment, i) => ({
        s: i + 1,
        text: { [data.lang]: p.original.slice(segment.original.start, segment.original.end), en: p.gloss.slice(segment.gloss.start, segment.gloss.end) },
        permalink: `${url}#p-${p.n}.${i + 1}`,
      })),
    })),
  };
}
