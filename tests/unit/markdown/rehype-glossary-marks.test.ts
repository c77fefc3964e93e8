import { describe, expect, it } from 'vitest';
import { glossaryOf, render } from '../../helpers/pipeline.ts';

const glossary = glossaryOf([
  { id: 'xi-jinping', kind: 'person', forms: { ar: ['شي جينبينغ'], en: ['Xi Jinping'] } },
  { id: 'china', kind: 'place', forms: { ar: ['الصين'], en: ['China'] }, marking: 'first-per-paragraph' },
  {
    id: 'communist-party-of-china',
    kind: 'organisation',
    forms: { ar: ['الحزب الشيوعي الصيني'], en: ['Communist Party of China'] },
  },
]);

const body = (arabic: string, gloss: string, extra = '') =>
  `${arabic}\n\n:::gloss{speaker=xi-jinping}\n${gloss}\n${extra}:::\n`;
const arabicText = (html: string) =>
  /<p lang="ar" dir="rtl" class="pair-text">(.*?)<\/p>/s.exec(html)![1]!.replace(/<[^>]+>/g, '');

describe('rehype-glossary-marks', () => {
  it('marks a term in both languages as a link to its term page, described by its note', async () => {
    const { html } = await render(body('أشار شي جينبينغ.', 'Xi Jinping noted.'), glossary);
    expect(html).toContain('أشار <a class="term" href="/terms/xi-jinping/">شي جينبينغ</a>.');
    expect(html).toContain(
      '<p><span class="seg" data-s="1"><a class="term" href="/terms/xi-jinping/">Xi Jinping</a> noted.</span></p>',
    );
  });

  it('leaves the Arabic text content exactly as written', async () => {
    const arabic = 'أكد شي جينبينغ أن الصين والصين "الحزب الشيوعي الصيني".';
    const { html } = await render(body(arabic, 'Xi Jinping said China.'), glossary);
    expect(arabicText(html)).toBe(arabic);
  });

  it('marks a first-per-paragraph term once in each language', async () => {
    const { html } = await render(body('الصين وبالصين.', 'China and China.'), glossary);
    expect(html.match(/href="\/terms\/china\/"/g)).toHaveLength(2);
  });

  it('records the terms of each paragraph and where they are', async () => {
    const { html, pairs } = await render(body('أشار شي جينبينغ.', 'Xi Jinping noted.'), glossary);
    expect(html).toContain('data-terms="xi-jinping"');
    expect(pairs[0]!.terms).toEqual(['xi-jinping']);
    expect(pairs[0]!.marks.original).toEqual([{ id: 'xi-jinping', start: 5, end: 15 }]);
    expect(pairs[0]!.marks.gloss).toEqual([{ id: 'xi-jinping', start: 0, end: 10 }]);
  });

  it('applies an inline English override, and id=none keeps a span unmarked', async () => {
    const { html, pairs } = await render(
      body('الحزب.', 'The :term[Party’s]{id=communist-party-of-china} work in :term[China]{id=none}.'),
      glossary,
    );
    expect(html).toContain('The <a class="term" href="/terms/communist-party-of-china/">Party’s</a> work in China.');
    expect(pairs[0]!.marks.gloss).toEqual([{ id: 'communist-party-of-china', start: 4, end: 11 }]);
  });

  it('applies a ::term line to the Arabic paragraph, replacing an automatic mark it overlaps', async () => {
    const { html } = await render(
      body(
        'كفاح الحزب والصين.',
        'The Party.',
        '\n::term[الحزب]{id=communist-party-of-china}\n\n::term[والصين]{id=none}\n',
      ),
      glossary,
    );
    expect(html).toContain('كفاح <a class="term" href="/terms/communist-party-of-china/">الحزب</a> والصين.');
  });

  it('fails the file when an override names an unknown term', async () => {
    await expect(render(body('الحزب.', 'The :term[Party]{id=no-such-term}.'), glossary)).rejects.toThrow(
      'Unknown term "no-such-term" in paragraph 1. Use the id of a file in content/terms/ (or id=none).',
    );
  });

  it('fails the file when a ::term line names text that is not in the paragraph', async () => {
    await expect(
      render(body('الحزب.', 'The Party.', '\n::term[اللجنة]{id=communist-party-of-china}\n'), glossary),
    ).rejects.toThrow(
      'The term override "اللجنة" does not occur in Arabic paragraph 1. Copy the words exactly as they stand in the paragraph.',
    );
  });

  it('never marks inside a link', async () => {
    const { html } = await render(body('الصين.', 'See [China](https://example.org/) and China.'), glossary);
    expect(html).toContain('<a href="https://example.org/">China</a> and <a class="term" href="/terms/china/"');
  });
});

describe('the real glossary on the real readout', () => {
  it('marks the terms a reader stops at, in paragraph 12', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8');
    const end = text.indexOf('\n---\n', 4) + 5;
    const { pairs } = await render(text.slice(end), undefined, text.slice(0, end));
    expect(pairs[11]!.terms).toEqual(
      expect.arrayContaining([
        'brics',
        'brics-summit-14',
        'brics-plus',
        'multilateralism',
        'multilateral-trading-system',
        'strategic-coordination',
      ]),
    );
    expect(pairs[14]!.terms).toEqual(
      expect.arrayContaining([
        'taiwan',
        'small-circles',
        'asia-pacific',
        'beijing-winter-olympics',
        'treaty-of-good-neighbourliness',
        'shanghai-cooperation-organisation',
      ]),
    );
    expect(pairs[5]!.terms).toContain('communist-party-of-china');
  });

  it('marks the whole of “President Xi Jinping” in paragraph 1, and the concepts the readout leans on', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8');
    const end = text.indexOf('\n---\n', 4) + 5;
    const { pairs } = await render(text.slice(end), undefined, text.slice(0, end));
    const glossMarks = (n: number) =>
      pairs[n - 1]!.marks.gloss.map((m) => `${m.id}: ${pairs[n - 1]!.gloss.slice(m.start, m.end)}`);
    expect(glossMarks(1)).toContain('xi-jinping: President Xi Jinping');
    const mentions = (id: string) => pairs.filter((p) => p.terms.includes(id)).map((p) => p.n);
    expect(mentions('democracy')).toEqual([4, 7, 14]);
    expect(mentions('human-rights')).toEqual([4, 7]);
    expect(mentions('international-fairness-and-justice')).toEqual([4, 7, 15]);
    expect(mentions('strategic-security-and-stability')).toEqual([15]);
    expect(mentions('politicisation-of-sport')).toEqual([15]);
    expect(mentions('open-world-economy')).toEqual([12]);
    expect(mentions('major-country-relations')).toEqual([14]);
    expect(mentions('emerging-markets-and-developing-countries')).toEqual([10]);
    expect(mentions('major-strategic-projects')).toEqual([4, 15]);
  });
});
