/**
 * A readout's vocabulary as downloads: CSV (RFC 4180) and an Anki deck, a tab-separated text file with
 * the header lines Anki's importer reads (https://docs.ankiweb.net/importing/text-files.html#file-headers).
 */
import { createHash } from 'node:crypto';
import { csv } from '../outputs/exports.ts';
import type { LemmaCount } from './roots.ts';
import { lemmaForm } from './roots.ts';

/** One vocabulary row: a lemma, and its first use in the readout as an example with its link. */
export interface VocabularyRow extends LemmaCount {
  example: { arabic: string; english: string; link: string };
}

const posOf = (row: LemmaCount) =>
  [row.lemma.pos, row.lemma.deriv, row.lemma.form && `form ${row.lemma.form}`].filter(Boolean).join(', ');
const rootOf = (row: LemmaCount) => (row.lemma.root === 'none' ? '' : row.lemma.root);

export function vocabularyCsv(rows: readonly VocabularyRow[]): string {
  return csv([
    ['lemma', 'pos', 'root', 'gloss', 'count', 'example_ar', 'example_en', 'link'],
    ...rows.map((r) => [
      lemmaForm(r.id),
      posOf(r),
      rootOf(r),
      r.lemma.gloss,
      r.occurrences.length,
      r.example.arabic,
      r.example.english,
      r.example.link,
    ]),
  ]);
}

/**
 * Anki's rules for a text file: header lines `#key:value` first; fields split by the separator; a field holding the
 * separator, a line break or a double quote is enclosed in double quotes, its quotes doubled. With `#html:false`
 * the fields are plain text (Anki escapes them and keeps the line breaks).
 */
const ankiField = (value: string) => (/[\t\n\r"]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value);

/** The deck: one note per lemma, front the vocalised lemma, back its sense, root and an example with its link. */
export function ankiDeck(rows: readonly VocabularyRow[], deck: string, tag: string): string {
  const header = [
    '#separator:tab',
    '#html:false',
    '#notetype:Basic',
    `#deck:${deck}`,
    '#columns:GUID\tFront\tBack\tTags',
    '#guid column:1',
    '#tags column:4',
  ];
  const notes = rows.map((r) => {
    // The same lemma is the same note in every readout's deck, so importing a second one updates rather than duplicates.
    const guid = `bayan-${createHash('sha256').update(r.id).digest('hex').slice(0, 16)}`;
    const back = [
      r.lemma.gloss,
      [posOf(r), rootOf(r) && `root ${rootOf(r)}`].filter(Boolean).join(' · '),
      r.example.arabic,
      r.example.english,
      r.example.link,
    ].join('\n');
    return [guid, lemmaForm(r.id), back, tag].map(ankiField).join('\t');
  });
  return [...header, ...notes].join('\n') + '\n';
}
