/**
 * The aligned text in the formats translators and researchers use: TMX 1.4b,
 * CSV (RFC 4180), plain text per language, and the glossary as CSV and JSON.
 */
import type { Term } from '../schemas/term.ts';
import type { ReadoutJson } from './readout-json.ts';

/** Text made safe for XML and HTML, in content and in quoted attributes. */
export const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** TMX 1.4b: one translation unit per paragraph, the original as source language. */
export function toTmx(readout: ReadoutJson, tool: { name: string; version: string }, created: Date): string {
  const stamp = created.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const units = readout.paragraphs.map((p) => {
    const tuv = (lang: string) => `      <tuv xml:lang="${lang}"><seg>${xml(p.text[lang] ?? '')}</seg></tuv>`;
    return [
      `    <tu tuid="${xml(readout.slug)}-p${p.n}">`,
      `      <prop type="x-paragraph">${p.n}</prop>`,
      `      <prop type="x-speaker">${xml(p.speaker.name)}</prop>`,
      `      <prop type="x-permalink">${xml(p.permalink)}</prop>`,
      tuv(readout.lang),
      tuv('en'),
      '    </tu>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="${xml(tool.name)}" creationtoolversion="${xml(tool.version)}" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="${readout.lang}" o-tmf="Bayan" creationdate="${stamp}">`,
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
    ...readout.paragraphs.map((p) => [p.n, p.speaker.name, p.text[readout.lang] ?? '', p.text['en'] ?? '', p.notes.join(' | '), p.terms.join(' '), p.permalink]),
  ]);
}

/** One paragraph per line, each prefixed with its number in brackets: `[12] …`. */
export function toText(readout: ReadoutJson, lang: string): string {
  return readout.paragraphs.map((p) => `[${p.n}] ${(p.text[lang] ?? '').replace(/\n+/g, ' ')}`).join('\n') + '\n';
}

export const glossaryRows = (terms: readonly Term[]) =>
  csv([
    ['id', 'kind', 'en', 'ar', 'transliteration', 'forms_ar', 'forms_en', 'aliases', 'note', 'related', 'link'],
    ...terms.map((t) => [t.id, t.kind, t.name.en, t.name.ar, t.transliteration, t.forms.ar.join(' | '), t.forms.en.join(' | '), t.aliases.join(' | '), t.note, t.related.join(' '), t.link ?? '']),
  ]);
