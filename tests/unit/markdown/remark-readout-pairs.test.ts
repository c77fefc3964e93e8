import { describe, expect, it } from 'vitest';
import { glossaryOf, render as renderWith } from '../../helpers/pipeline.ts';
import { BODY, FRONTMATTER } from '../../helpers/readouts.ts';

// No glossary terms here: these tests look at the pair structure alone.
const render = async (body: string) => {
  const { html, paragraphs } = await renderWith(body, glossaryOf([]));
  return { html, frontmatter: { paragraphs } };
};

describe('remark-readout-pairs + rehype-pair-chrome', () => {
  it('wraps each Arabic paragraph and its gloss in one section with id p-N', async () => {
    const { html } = await render(BODY);
    expect(html.match(/<section id="p-\d+" class="pair"/g)).toEqual([
      '<section id="p-1" class="pair"',
      '<section id="p-2" class="pair"',
    ]);
    expect(html).toContain('data-speaker="narration"');
    expect(html).toContain('data-speaker="xi-jinping"');
  });

  it('puts the Arabic alone in an element with lang="ar" dir="rtl", quotation marks untouched', async () => {
    const { html } = await render(BODY);
    expect(html).toContain(
      '<p lang="ar" dir="rtl" class="pair-text"><span class="seg" id="p-2.1" data-s="1">أشار شي جينبينغ إلى "التعاون".</span></p>',
    );
  });

  it('puts the gloss in lang="en" and translator notes beside it, outside the gloss text', async () => {
    const { html } = await render(BODY);
    expect(html).toContain(
      '<div class="gloss" lang="en" dir="ltr"><p><span class="seg" data-s="1">Xi Jinping noted “cooperation”.</span></p></div>',
    );
    expect(html).toContain(
      '<div class="tnotes" role="note" lang="en" dir="ltr"><p><strong>Translator’s note. </strong>Literally <span lang="ar" dir="rtl">التعاون</span>.</p></div>',
    );
  });

  it('numbers paragraphs in Arabic-Indic digits on the Arabic side and Western digits on the English side', async () => {
    const { html } = await render(BODY);
    expect(html).toContain('<a class="pair-num" href="#p-2" lang="ar">٢</a><p lang="ar"');
    expect(html).toContain('<a class="pair-num" href="#p-2" aria-label="Paragraph 2">2</a><div class="gloss"');
  });

  it('shows the speaker by name, and narration as Narration', async () => {
    const { html } = await render(BODY);
    expect(html).toContain(
      '<h2 class="pair-speaker"><span class="visually-hidden">Paragraph 1, speaker: </span>Narration</h2>',
    );
    expect(html).toContain(
      '<h2 class="pair-speaker"><span class="visually-hidden">Paragraph 2, speaker: </span>Xi Jinping</h2>',
    );
  });

  it('gives the Arabic interface its own chrome: Arabic labels and digits, the notes labelled above, marks to /ar/terms/', async () => {
    const { html } = await renderWith(BODY, glossaryOf([]), FRONTMATTER, 'ar');
    expect(html).toContain(
      '<h2 class="pair-speaker"><span class="visually-hidden">الفقرة ٢، المتحدث: </span>شي جينبينغ</h2>',
    );
    expect(html).toContain(
      '<a class="pair-num" href="#p-2" aria-label="الفقرة ٢">٢</a><div class="gloss" lang="en" dir="ltr">',
    );
    expect(html).toContain(
      '<button class="pair-menu-button needs-js" type="button" id="pm-2" aria-haspopup="menu" aria-expanded="false" aria-label="أدوات الفقرة ٢">⋯</button>',
    );
    expect(html).toContain(
      '<div class="tnotes" role="note" lang="en" dir="ltr"><p class="tnotes-label" lang="ar" dir="rtl"><strong>ملاحظة المترجم</strong></p><p>Literally',
    );
    expect(html).not.toMatch(/Paragraph|Copy|Cite|Source|Narration|Translator/);
  });

  it('reports the paragraph count to the page', async () => {
    const { frontmatter } = await render(BODY);
    expect(frontmatter['paragraphs']).toBe(2);
  });

  it('fails the file with the line and the fix when a gloss is missing', async () => {
    const body = 'فقرة أولى.\n\nفقرة ثانية.\n\n:::gloss{speaker=narration}\nSecond.\n:::\n';
    await expect(render(body)).rejects.toThrow(
      /^Arabic paragraph 1 has no English gloss\. Add a :::gloss\{speaker=…\} block right after it\./,
    );
    await expect(render(body)).rejects.toMatchObject({ line: 1, file: 'content/readouts/test.md' });
  });

  it('fails on an unknown speaker, listing the allowed ones', async () => {
    const body = 'فقرة.\n\n:::gloss{speaker=biden}\nText.\n:::\n';
    await expect(render(body)).rejects.toThrow(
      'Unknown speaker "biden" in the gloss of paragraph 1. Use one of: narration, xi-jinping',
    );
  });
});

describe('a sentence with its own speaker (:speaker[…])', () => {
  it('drops the marker from the page, leaves the spans as they were, and gives the segment its speaker', async () => {
    const body =
      'قال الرئيس كلمة. ثم غادر القاعة.\n\n:::gloss{speaker=xi-jinping}\n:speaker[narration] The president spoke.\nThen he left the hall.\n:::\n';
    const { html, pairs } = await renderWith(body, glossaryOf([]));
    expect(html).toContain('<span class="seg" id="p-1.1" data-s="1">قال الرئيس كلمة.</span>');
    expect(html).toContain('<span class="seg" data-s="1">The president spoke.</span>');
    expect(html).toContain('<span class="seg" data-s="2">Then he left the hall.</span>');
    expect(html).not.toContain(':speaker');
    expect(pairs[0]!.speaker).toBe('xi-jinping');
    expect(pairs[0]!.gloss).toBe('The president spoke. Then he left the hall.');
    expect(pairs[0]!.segments.map((s) => s.speaker)).toEqual(['narration', 'xi-jinping']);
  });
});
