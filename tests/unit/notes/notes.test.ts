import { describe, expect, it } from 'vitest';
import { findQuote, quoteOf } from '../../../src/lib/notes/anchor.ts';
import { newNotes, toJson, toMarkdown, type Note } from '../../../src/lib/notes/annotation.ts';

const TEXT = 'Xi said the ties were strong. Putin said the ties were strong too.';

describe('a note’s anchor (TextQuoteSelector)', () => {
  it('finds the same occurrence of a repeated quote by its context', () => {
    const start = TEXT.lastIndexOf('the ties');
    const quote = quoteOf(TEXT, start, start + 'the ties'.length);
    expect(findQuote(TEXT, quote)).toEqual({ start, end: start + 8 });
  });

  it('finds it after an edit elsewhere in the text', () => {
    const start = TEXT.indexOf('strong too');
    const quote = quoteOf(TEXT, start, start + 6);
    const revised = TEXT.replace('Xi said', 'President Xi said');
    expect(findQuote(revised, quote)).toEqual({
      start: revised.indexOf('strong too'),
      end: revised.indexOf('strong too') + 6,
    });
  });

  it('is lost, not moved, when the quoted words themselves were revised', () => {
    const start = TEXT.indexOf('strong too');
    const quote = quoteOf(TEXT, start, start + 10);
    expect(findQuote(TEXT.replace('strong too', 'firm as well'), quote)).toBeNull();
  });
});

const note = (id: string, n: number, lang: 'ar' | 'en' = 'en'): Note => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id,
  type: 'Annotation',
  motivation: 'commenting',
  created: '2026-12-01T10:00:00Z',
  modified: '2026-12-01T10:00:00Z',
  body: [{ type: 'TextualBody', value: `note ${id}`, format: 'text/plain' }],
  target: {
    source: 'https://bayan.example/readouts/x/',
    selector: [
      { type: 'FragmentSelector', value: `p-${n}.1` },
      { type: 'TextQuoteSelector', exact: lang === 'en' ? 'English' : 'عربي', prefix: '', suffix: '' },
    ],
  },
  bayan: {
    readout: 'x',
    title: { en: 'X', ar: 'س' },
    n,
    s: 1,
    lang,
    counterpart: lang === 'en' ? 'عربي' : 'English',
    colour: 'yellow',
  },
});

describe('export and import', () => {
  it('round-trips through the JSON export without duplicates', () => {
    const stored = [note('urn:uuid:1', 2), note('urn:uuid:2', 1)];
    const file = JSON.parse(toJson(stored));
    expect(file.type).toBe('AnnotationCollection');
    expect(file.items.map((n: Note) => n.id)).toEqual(['urn:uuid:2', 'urn:uuid:1']);
    expect(newNotes(stored, file)).toEqual([]);
    expect(newNotes([], file)).toEqual([stored[1], stored[0]]);
    expect(newNotes([stored[0]!], { items: [...file.items, ...file.items] })).toEqual([stored[1]]);
  });

  it('ignores what is not a note', () => {
    expect(newNotes([], { items: [{ id: 'x' }, null, 3] })).toEqual([]);
    expect(newNotes([], 'nonsense')).toEqual([]);
  });

  it('writes Markdown with the quotation in both languages, Arabic first, the note and the link', () => {
    expect(toMarkdown([note('urn:uuid:1', 3)], (n) => `${n.bayan.title.en}, ¶${n.bayan.n}`)).toBe(
      '## X, ¶3\n\n> عربي\n>\n> English\n\nnote urn:uuid:1\n\nhttps://bayan.example/readouts/x/#p-3.1',
    );
  });
});
