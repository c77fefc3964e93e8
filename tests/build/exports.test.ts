/**
 * The built exports (npm test builds first) read back, with real parsers, to
 * the source text and the gloss exactly.
 */
import { execFileSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readoutExportSchema } from '../../src/schemas/export.ts';
import { render } from '../helpers/pipeline.ts';

const DIST = 'dist/readouts/xi-putin-2021-12-15';
const SOURCE = readFileSync('content/sources/xi-putin-2021-12-15.ar.txt', 'utf8').split('\n');
const read = (suffix: string) => readFileSync(`${DIST}${suffix}`, 'utf8');
let gloss: string[] = [];

beforeAll(async () => {
  const text = readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  gloss = (await render(text.slice(end), undefined, text.slice(0, end))).pairs.map((p) => p.gloss);
});

describe('JSON export', () => {
  const json = () => readoutExportSchema.parse(JSON.parse(read('.json')));
  it('matches the documented schema', () => {
    expect(() => json()).not.toThrow();
  });
  it('holds the 18 pairs: the Arabic verbatim, the gloss exactly, speakers, notes, terms and permalinks', () => {
    const { paragraphs } = json();
    expect(paragraphs).toHaveLength(18);
    expect(paragraphs.map((p) => p.text['ar'])).toEqual(SOURCE);
    expect(paragraphs.map((p) => p.text['en'])).toEqual(gloss);
    expect(paragraphs[14]!.speaker).toEqual({ id: 'vladimir-putin', name: 'Vladimir Putin' });
    expect(paragraphs[11]!.terms).toContain('brics');
    expect(paragraphs[1]!.notes[0]).toMatch(/^The Arabic moves between reported speech/);
    expect(paragraphs[11]!.permalink).toBe('http://127.0.0.1:4321/readouts/xi-putin-2021-12-15/#p-12');
  });
});

describe('TMX export', () => {
  it('is well-formed XML that a parser reads back to the same 18 pairs', () => {
    const tmx = read('.tmx');
    expect(XMLValidator.validate(tmx)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      isArray: (name) => ['tu', 'tuv', 'prop'].includes(name),
    }).parse(tmx);
    expect(doc.tmx.version).toBe('1.4');
    expect(doc.tmx.header).toMatchObject({
      srclang: 'ar',
      creationtool: 'Bayan',
      segtype: 'paragraph',
      datatype: 'plaintext',
    });
    expect(doc.tmx.header.creationdate).toMatch(/^\d{8}T\d{6}Z$/);
    const units = doc.tmx.body.tu as { tuid: string; tuv: { 'xml:lang': string; seg: string }[] }[];
    expect(units).toHaveLength(18);
    const seg = (u: (typeof units)[number], lang: string) => u.tuv.find((t) => t['xml:lang'] === lang)!.seg;
    expect(units.map((u) => seg(u, 'ar'))).toEqual(SOURCE);
    expect(units.map((u) => seg(u, 'en'))).toEqual(gloss);
    expect(units[11]!.tuid).toBe('xi-putin-2021-12-15-p12');
  });
});

/** The gloss lines of the stored file, as plain text: the English segments, in order. */
function glossLines(): string[] {
  const lines: string[] = [];
  let inside = false;
  for (const line of readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8').split('\n')) {
    if (line.startsWith(':::gloss')) inside = true;
    else if (line === ':::') inside = false;
    else if (inside && line.trim() !== '' && !line.startsWith('::'))
      lines.push(
        line
          .replace(/^(?::sentences\[\d+\]\s*|:speaker\[[^\]]*\]\s*)+/, '')
          .replace(/:(?:term|ar)\[([^\]]*)\](?:\{[^}]*\})?/g, '$1'),
      );
  }
  return lines;
}

describe('sentence exports', () => {
  it('TMX by sentence, read with translate-toolkit: one unit per sentence, with ids, properties and texts; each paragraph’s units rebuild it verbatim', () => {
    const units = JSON.parse(
      execFileSync('/usr/bin/python3', ['tests/helpers/tmx-units.py', `${DIST}.sentences.tmx`], { encoding: 'utf8' }),
    ) as {
      id: string;
      source: string;
      target: string;
      langs: string[];
      props: Record<string, string>;
    }[];
    expect(units).toHaveLength(61);
    expect(units.every((u) => u.langs.join() === 'ar,en')).toBe(true);
    expect(units.map((u) => u.target)).toEqual(glossLines());
    const p15 = units.filter((u) => u.props['x-paragraph'] === '15');
    expect(p15).toHaveLength(10);
    expect(p15[6]).toMatchObject({
      id: 'xi-putin-2021-12-15-p15-s7',
      props: {
        'x-paragraph': '15',
        'x-sentence': '7',
        'x-speaker': 'Vladimir Putin',
        'x-permalink': 'http://127.0.0.1:4321/readouts/xi-putin-2021-12-15/#p-15.7',
      },
    });
    expect(p15[6]!.source).toMatch(/^إن الجانب الروسي سيدعم .*بتايوان.*بين روسيا والصين\.$/);
    expect(p15[6]!.target).toMatch(/^The Russian side will give its strongest support .* Taiwan/);
    SOURCE.forEach((paragraph, i) =>
      expect(
        units
          .filter((u) => u.props['x-paragraph'] === String(i + 1))
          .map((u) => u.source)
          .join(' '),
      ).toBe(paragraph),
    );
    expect(read('.sentences.tmx')).toContain('segtype="sentence"');
    // Paragraph 14 is Xi Jinping's, but its first sentence is narration (:speaker[narration] on its line).
    const p14 = units.filter((u) => u.props['x-paragraph'] === '14').map((u) => u.props['x-speaker']);
    expect(p14).toEqual(['Narration', 'Xi Jinping', 'Xi Jinping', 'Xi Jinping', 'Xi Jinping']);
  });

  it('JSON carries each paragraph’s segments, their texts and links', () => {
    const { paragraphs } = readoutExportSchema.parse(JSON.parse(read('.json')));
    expect(paragraphs.map((p) => p.segments.length)).toEqual([1, 3, 4, 4, 2, 7, 3, 3, 2, 3, 4, 5, 2, 5, 10, 1, 1, 1]);
    for (const p of paragraphs) expect(p.segments.map((s) => s.text['ar']).join(' ')).toBe(p.text['ar']);
    expect(paragraphs.flatMap((p) => p.segments.map((s) => s.text['en']))).toEqual(glossLines());
    expect(paragraphs[14]!.segments[6]).toMatchObject({
      s: 7,
      speaker: { id: 'vladimir-putin', name: 'Vladimir Putin' },
      permalink: 'http://127.0.0.1:4321/readouts/xi-putin-2021-12-15/#p-15.7',
    });
    expect(paragraphs[13]!.speaker.id).toBe('xi-jinping');
    expect(paragraphs[13]!.segments.map((s) => s.speaker.id)).toEqual([
      'narration',
      'xi-jinping',
      'xi-jinping',
      'xi-jinping',
      'xi-jinping',
    ]);
  });

  it('CSV by sentence parses to one row per sentence', () => {
    const rows = parseCsv(read('.sentences.csv'), { bom: false }) as string[][];
    expect(rows[0]).toEqual(['paragraph', 'sentence', 'speaker', 'ar', 'en', 'permalink']);
    expect(rows).toHaveLength(62);
    expect(rows.slice(1).map((r) => r[4])).toEqual(glossLines());
    expect(rows.find((r) => r[0] === '15' && r[1] === '7')?.[5]).toBe(
      'http://127.0.0.1:4321/readouts/xi-putin-2021-12-15/#p-15.7',
    );
    expect(rows.filter((r) => r[0] === '14').map((r) => r[2])).toEqual([
      'Narration',
      'Xi Jinping',
      'Xi Jinping',
      'Xi Jinping',
      'Xi Jinping',
    ]);
  });
});

describe('CSV and text exports', () => {
  it('CSV parses (RFC 4180) to a header and 18 rows with the exact texts', () => {
    const rows = parseCsv(read('.csv'), { bom: false }) as string[][];
    expect(rows[0]).toEqual(['paragraph', 'speaker', 'ar', 'en', 'translator_notes', 'terms', 'permalink']);
    expect(rows).toHaveLength(19);
    expect(rows.slice(1).map((r) => r[2])).toEqual(SOURCE);
    expect(rows.slice(1).map((r) => r[3])).toEqual(gloss);
    expect(rows[12]![0]).toBe('12');
  });
  it('plain text files keep one numbered paragraph per line', () => {
    expect(read('.ar.txt').trimEnd().split('\n')).toEqual(SOURCE.map((line, i) => `[${i + 1}] ${line}`));
    expect(read('.en.txt').trimEnd().split('\n')).toEqual(gloss.map((g, i) => `[${i + 1}] ${g}`));
  });
  it('the Markdown export is the stored file, byte for byte', () => {
    expect(read('.md')).toBe(readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8'));
  });
});

describe('glossary exports', () => {
  const count = globSync('content/terms/*.yaml').length;
  it('JSON lists every term with its names, forms and its note in both languages', () => {
    const terms = JSON.parse(readFileSync('dist/terms.json', 'utf8')) as {
      id: string;
      name: { ar: string };
      note: { en: string; ar: string };
    }[];
    expect(terms).toHaveLength(count);
    const brics = terms.find((t) => t.id === 'brics');
    expect(brics?.name.ar).toBe('بريكس');
    expect(brics?.note.en).toMatch(/^The grouping of Brazil, Russia, India, China and South Africa/);
    expect(brics?.note.ar).toMatch(/^تجمع يضم البرازيل وروسيا والهند والصين وجنوب أفريقيا/);
  });
  it('CSV has one row per term, with both notes', () => {
    const rows = parseCsv(readFileSync('dist/terms.csv', 'utf8')) as string[][];
    expect(rows).toHaveLength(count + 1);
    expect(rows[0]).toEqual([
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
    ]);
    const sco = rows.find((r) => r[0] === 'shanghai-cooperation-organisation')!;
    expect(sco[7]).toContain('SCO');
    expect(sco[9]).toMatch(/^منظمة إقليمية للأمن والاقتصاد تأسست في شانغهاي/);
  });
});

describe('site files', () => {
  it('the sitemap lists the reading page and terms, not the per-paragraph pages', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    expect(sitemap).toContain('<loc>http://127.0.0.1:4321/readouts/xi-putin-2021-12-15/</loc>');
    expect(sitemap).toContain('<loc>http://127.0.0.1:4321/terms/brics/</loc>');
    expect(sitemap).not.toMatch(/readouts\/xi-putin-2021-12-15\/\d+\//);
  });
  it('robots.txt points at the sitemap, and the RSS feed lists the readout', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toContain('Sitemap: http://127.0.0.1:4321/sitemap-index.xml');
    const rss = new XMLParser().parse(readFileSync('dist/rss.xml', 'utf8'));
    expect(rss.rss.channel.item.link).toBe('http://127.0.0.1:4321/readouts/xi-putin-2021-12-15/');
    expect(rss.rss.channel.item.title).toContain('Xi Jinping holds a virtual meeting with Vladimir Putin');
  });
});

describe('the glossary as a termbase', () => {
  it('TBX-Basic read with translate-toolkit: one concept per entry, each language section holding that language’s names', () => {
    const entries = JSON.parse(
      execFileSync('/usr/bin/python3', ['tests/helpers/tbx-units.py', 'dist/terms.tbx'], { encoding: 'utf8' }),
    ) as { id: string; source: string; langs: Record<string, string[]> }[];
    const terms = globSync('content/terms/*.yaml').map((file) => ({
      id: file.replace(/^.*\/|\.yaml$/g, ''),
      data: parseYaml(readFileSync(file, 'utf8')) as {
        name: { en: string; ar: string };
        zh?: { name: string; short?: string[] };
        ru?: { name: string; short?: string[] };
        formula?: { zh: string };
      },
    }));
    expect(entries.map((e) => e.id).sort()).toEqual(terms.map((t) => t.id).sort());
    for (const { id, data } of terms) {
      const entry = entries.find((e) => e.id === id)!;
      expect(entry.source).toBe(data.name.ar); // translate-toolkit's source: the first language section's first term
      expect(entry.langs['ar']![0]).toBe(data.name.ar);
      expect(entry.langs['en']![0]).toBe(data.name.en);
      if (data.zh) expect(entry.langs['zh']).toContain(data.zh.name);
      if (data.formula) expect(entry.langs['zh']).toContain(data.formula.zh);
      for (const short of data.zh?.short ?? []) expect(entry.langs['zh']).toContain(short);
      if (data.ru) expect(entry.langs['ru']![0]).toBe(data.ru.name);
    }
  });
});
