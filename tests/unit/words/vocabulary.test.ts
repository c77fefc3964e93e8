import { describe, expect, it } from 'vitest';
import { ankiDeck, vocabularyCsv, type VocabularyRow } from '../../../src/lib/words/vocabulary.ts';

const row = (id: string, gloss: string, english: string): VocabularyRow => ({
  id,
  lemma: { pos: 'noun', deriv: 'verbal-noun', form: 'II', root: 'ع م ق', gloss },
  occurrences: [],
  example: { arabic: 'وتعميق التعاون.', english, link: 'https://bayan.example/readouts/x/#p-2.3' },
});
const rows = [row('تَعْمِيق', 'deepening', 'He said "deepening"\tmatters.'), row('عَمِيق', 'deep', 'Deep.')];

/** Anki's text import (docs.ankiweb.net, "Importing text files"): header lines, then one note per record. */
function readAnki(text: string) {
  const lines = text.split('\n');
  const headers = new Map<string, string>();
  while (lines[0]?.startsWith('#')) {
    const [key, value] = lines.shift()!.slice(1).split(/:(.*)/s);
    headers.set(key!, value!);
  }
  // Records: tab-separated fields; a field in double quotes may hold tabs, line breaks and doubled quotes.
  const body = lines.join('\n');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '"' && field === '') {
      let j = i + 1;
      for (; j < body.length; j++) {
        if (body[j] === '"' && body[j + 1] === '"') ((field += '"'), j++);
        else if (body[j] === '"') break;
        else field += body[j];
      }
      i = j;
    } else if (ch === '\t') (record.push(field), (field = ''));
    else if (ch === '\n') (record.push(field), records.push(record), (record = []), (field = ''));
    else field += ch;
  }
  return { headers, records };
}

describe('the Anki deck', () => {
  it('starts with the header lines Anki reads, and every note has the columns they name', () => {
    const { headers, records } = readAnki(ankiDeck(rows, 'Bayan::Test', 'bayan x'));
    expect(headers.get('separator')).toBe('tab');
    expect(headers.get('html')).toBe('false');
    expect(headers.get('notetype')).toBe('Basic');
    expect(headers.get('deck')).toBe('Bayan::Test');
    const columns = headers.get('columns')!.split('\t');
    expect(columns).toEqual(['GUID', 'Front', 'Back', 'Tags']);
    expect(Number(headers.get('guid column'))).toBe(columns.indexOf('GUID') + 1);
    expect(Number(headers.get('tags column'))).toBe(columns.indexOf('Tags') + 1);
    expect(records).toHaveLength(2);
    for (const r of records) expect(r).toHaveLength(columns.length);
  });

  it('front: the vocalised lemma; back: sense, root, the example with its English and link, quotes and tabs kept', () => {
    const { records } = readAnki(ankiDeck(rows, 'Bayan::Test', 'bayan x'));
    const [guid, front, back, tags] = records[0]!;
    expect(front).toBe('تَعْمِيق');
    expect(back!.split('\n')).toEqual([
      'deepening',
      'noun, verbal-noun, form II · root ع م ق',
      'وتعميق التعاون.',
      'He said "deepening"\tmatters.',
      'https://bayan.example/readouts/x/#p-2.3',
    ]);
    expect(tags).toBe('bayan x');
    expect(guid).toMatch(/^bayan-[0-9a-f]{16}$/);
    expect(new Set(records.map((r) => r[0])).size).toBe(records.length);
  });

  it('has no HTML in any field, as #html:false promises', () => {
    expect(ankiDeck(rows, 'D', 't')).not.toMatch(/<[a-z/]/i);
  });
});

describe('the vocabulary CSV', () => {
  it('has a header row and one row per lemma', () => {
    const lines = vocabularyCsv(rows).trim().split(/\r?\n/);
    expect(lines[0]).toBe('"lemma","pos","root","gloss","count","example_ar","example_en","link"');
    expect(lines[1]).toMatch(/^"تَعْمِيق","noun, verbal-noun, form II","ع م ق","deepening","0",/);
  });
});
