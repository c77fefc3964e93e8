import { describe, expect, it } from 'vitest';
import { searchRecord, shownParagraphs } from '../../../../src/lib/search/build/records.ts';
import type { ReadoutJson } from '../../../../src/lib/readout/json.ts';
import { glossaryOf } from '../../../helpers/pipeline.ts';

const readout = {
  slug: 'x',
  url: 'http://127.0.0.1:4321/readouts/x/',
  lang: 'ar',
  dir: 'rtl',
  title: { ar: 'عنوان', en: 'Title' },
  date: '2021-12-15',
  participants: [],
  source: { publisher: { ar: 'ناشر', en: 'Publisher' } },
  summary: { en: '', ar: '' },
  gloss: { translator: 'T', revised: '2021-12-16' },
  paragraphs: [
    {
      n: 1,
      speaker: { id: 'narration', name: 'Narration' },
      text: { ar: 'والصين. بريكس', en: 'And China. BRICS' },
      notes: [],
      terms: ['brics'],
      permalink: 'http://127.0.0.1:4321/readouts/x/#p-1',
      segments: [
        {
          s: 1,
          text: { ar: 'والصين.', en: 'And China.' },
          speaker: { id: 'narration', name: 'Narration' },
          permalink: 'http://127.0.0.1:4321/readouts/x/#p-1.1',
        },
        {
          s: 2,
          text: { ar: 'بريكس', en: 'BRICS' },
          speaker: { id: 'narration', name: 'Narration' },
          permalink: 'http://127.0.0.1:4321/readouts/x/#p-1.2',
        },
      ],
    },
  ],
} satisfies ReadoutJson;

describe('what the index holds of a readout (src/lib/search/build/records.ts)', () => {
  it("indexes a paragraph's own words, Arabic with its clitic variants, then its terms' names", () => {
    const glossary = glossaryOf([
      { id: 'brics', name: { en: 'BRICS', ar: 'بريكس' }, forms: { ar: ['بريكس'], en: ['BRICS'] } },
    ]);
    const [p] = searchRecord(readout, glossary).paragraphs;
    expect(p!.own).toContain('And China. BRICS');
    expect(p!.own).toContain('الصين');
    expect(p!.names).toContain('BRICS');
    expect(p!.written).toContain('والصين');
  });

  it('shows each sentence at its place in the two texts', () => {
    const [shown] = shownParagraphs(readout);
    expect(shown!.segments).toEqual([
      { original: [0, 7], english: [0, 10] },
      { original: [8, 13], english: [11, 16] },
    ]);
  });
});
