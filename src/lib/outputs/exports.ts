/**
 * The aligned text in the formats translators and researchers use: TMX 1.4b,
 * CSV (RFC 4180), plain text per language, and the glossary as CSV and JSON.
 */
import type { Term } from '../../schemas/term.ts';
import type { ReadoutJson } from '../readout/json.ts';

/** Text made safe for XML and HTML, in content and in quoted attributes. */
export const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** TMX 1.4b: one translation unit per paragraph (or, with `segtype: 'sentence'`, per aligned sentence), the original as source language. */
export function toTmx(
  readout: ReadoutJson,
  tool: { name: string; version: string },
  created: Date,
  segtype: 'paragraph' | 'sentence' = 'paragraph',
): string {
  const stamp = created
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const unit = (tuid: string, props: [string, string | number][], text: Record<string, string>) => {
    const tuv = (lang: string) => `      <tuv xml:lang="${lang}"><seg>${xml(text[lang] ?? '')}</seg></tuv>`;
    return [
      `    <tu tuid="${xml(tuid)}">`,
      ...props.map(([type, value]) => `      <prop type="x-${type}">${xml(String(value))}</prop>`),
      tuv(readout.lang),
      tuv('en'),
      '    </tu>',
    ].join('\n');
  };
  const units = readout.paragraphs.flatMap((p) =>
    segtype === 'paragraph'
      ? [
          unit(
            `${readout.slug}-p${p.n}`,
            [
              ['paragraph', p.n],
              ['speaker', p.speaker.name],
              ['permalink', p.permalink],
            ],
            p.text,
          ),
        ]
      : p.segments.map((s) =>
          unit(
            `${readout.slug}-p${p.n}-s${s.s}`,
            [
              ['paragraph', p.n],
              ['sentence', s.s],
              ['speaker', s.speaker.name],
              ['permalink', s.permalink],
            ],
            s.text,
          ),
        ),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="${xml(tool.name)}" creationtoolversion="${xml(tool.version)}" datatype="plaintext" segtype="${segtype}" adminlang="en" srclang="${readout.lang}" o-tmf="Bayan" creationdate="${stamp}">`,
    `    <note>${xml(`${readout.title.en} (${readout.title.ar}), ${readout.date}. English gloss by ${readout.gloss.translator}, revised ${readout.gloss.revised}. ${readout.url}`)}</note>`,
    '  </header>',
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}

/** RFC 4180: CRLF line ends, every field quoted, quotes doubled. */
export function csv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}

export function toCsv(readout: ReadoutJson): string {
  return csv([
    ['paragraph', 'speaker', readout.lang, 'en', 'translator_notes', 'terms', 'permalink'],
    ...readout.paragraphs.map((p) => [
      p.n,
      p.speaker.name,
      p.text[readout.lang] ?? '',
      p.text['en'] ?? '',
      p.notes.join(' | '),
      p.terms.join(' '),
      p.permalink,
    ]),
  ]);
}

/** One row per aligned sentence: its paragraph, position, speaker, both texts and its link. */
export function toSentenceCsv(readout: ReadoutJson): string {
  return csv([
    ['paragraph', 'sentence', 'speaker', readout.lang, 'en', 'permalink'],
    ...readout.paragraphs.flatMap((p) =>
      p.segments.map((s) => [p.n, s.s, s.speaker.name, s.text[readout.lang] ?? '', s.text['en'] ?? '', s.permalink]),
    ),
  ]);
}

/** One paragraph per line, each prefixed with its number in brackets: `[12] …`. */
export function toText(readout: ReadoutJson, lang: string): string {
  return readout.paragraphs.map((p) => `[${p.n}] ${(p.text[lang] ?? '').replace(/\n+/g, ' ')}`).join('\n') + '\n';
}

export const glossaryRows = (terms: readonly Term[]) =>
  csv([
    [
      'id',
      'kind',
      'en',
      'ar',
      'transliteration',
      'forms_ar',
      'forms_en',
      'aliases',
      'note_en',
      'note_ar',
      'related',
      'link',
      'zh',
      'pinyin',
      'zh_short',
      'ru',
      'ru_short',
      'formula_zh',
      'formula_pinyin',
      'formula_literal',
      'formula_official_en',
    ],
    ...terms.map((t) => [
      t.id,
      t.kind,
      t.name.en,
      t.name.ar,
      t.transliteration,
      t.forms.ar.join(' | '),
      t.forms.en.join(' | '),
      t.aliases.join(' | '),
      t.note.en,
      t.note.ar,
      t.related.join(' '),
      t.link ?? '',
      t.zh?.name ?? '',
      t.zh?.pinyin ?? '',
      (t.zh?.short ?? []).join(' | '),
      t.ru?.name ?? '',
      (t.ru?.short ?? []).join(' | '),
      t.formula?.zh ?? '',
      t.formula?.pinyin ?? '',
      t.formula?.literal ?? '',
      t.formula?.['official-en'] ?? '',
    ]),
  ]);
