import { describe, expect, it } from 'vitest';
import { termCardsHtml } from '../../../src/lib/glossary/term-cards.ts';
import type { TermEntry } from '../../../src/lib/site/collection.ts';

const beijing = {
  id: 'beijing',
  data: {
    name: { en: 'Beijing', ar: 'بيجينغ' },
    kind: 'place',
    transliteration: 'Bījīngh',
    note: { en: 'The ministry writes بيجينغ, Xinhua بكين.', ar: 'عاصمة الصين.' },
  },
} as unknown as TermEntry;
const href = (id: string) => `/x/terms/${id}/`;

describe('term cards', () => {
  it('give each term a card its marks can point at, with the link to its page', () => {
    const html = termCardsHtml([beijing], 'en', href);
    expect(html).toBe(
      '<div class="term-card" id="term-note-beijing" data-term-card="beijing">' +
        '<p class="term-card__names"><strong>Beijing</strong> · <span lang="ar" dir="rtl">بيجينغ</span></p>' +
        '<p class="term-card__meta">Place · <i lang="ar-Latn" dir="ltr">Bījīngh</i></p>' +
        '<p class="term-card__note">The ministry writes <span lang="ar" dir="rtl">بيجينغ</span>, Xinhua <span lang="ar" dir="rtl">بكين</span>.</p>' +
        '<p><a href="/x/terms/beijing/">All mentions of Beijing →</a></p></div>',
    );
  });

  it('lead with the Arabic name in the Arabic interface and mark the English one', () => {
    const html = termCardsHtml([beijing], 'ar', href);
    expect(html).toContain('<strong>بيجينغ</strong>');
    expect(html).toContain('<span lang="en" dir="ltr">Beijing</span>');
    expect(html).toContain('<p class="term-card__note">عاصمة الصين.</p>');
  });
});
