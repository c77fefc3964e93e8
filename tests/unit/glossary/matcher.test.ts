import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../../src/lib/language/arabic.ts';
import { TermMatcher, type MatchableTerm } from '../../../src/lib/glossary/matcher.ts';

const terms: MatchableTerm[] = [
  { id: 'china', forms: { ar: ['الصين'], en: ['China'] } },
  { id: 'brics', forms: { ar: ['بريكس', 'مجموعة البريكس'], en: ['BRICS'] } },
  { id: 'brics-plus', forms: { ar: ['بريكس بلس'], en: ['BRICS Plus'] } },
  {
    id: 'sco',
    forms: { ar: ['منظمة شانغهاي للتعاون', 'منظمة شنغهاي للتعاون'], en: ['Shanghai Cooperation Organisation'] },
    aliases: ['SCO'],
  },
  { id: 'spirit', forms: { ar: ['روح شانغهاي'], en: ['Shanghai Spirit'] } },
  { id: 'security', forms: { ar: ['مجلس الأمن الدولي'], en: ['UN Security Council'] } },
  { id: 'multilateralism', forms: { ar: ['تعددية الأطراف'], en: ['multilateralism'] } },
  { id: 'bri', forms: { ar: ['الحزام والطريق'], en: ['Belt and Road'] } },
  { id: 'asia', forms: { ar: ['آسيا والمحيط الهادئ'], en: ['Asia-Pacific'] } },
  { id: 'small-circles', forms: { ar: ['دوائر صغيرة'], en: ['small circle'] } },
  { id: 'core-interests', forms: { ar: ['المصالح الجوهرية'], en: ['core interest'] } },
];
const matcher = new TermMatcher(terms);
/** The marked substrings of `text` with their term ids. */
const marks = (text: string, lang: 'ar' | 'en') =>
  matcher.match(text, lang).map((m) => [m.id, text.slice(m.start, m.end)]);

describe('Arabic matching', () => {
  it('matches a form with and without the article', () => {
    expect(marks('تعاون بريكس ودول البريكس', 'ar')).toEqual([
      ['brics', 'بريكس'],
      ['brics', 'البريكس'],
    ]);
  });

  it('takes the clitics و ف ب ك ل with or without ال, including لل', () => {
    expect(marks('والصين بالصين للصين فالصين وبالصين كالصين', 'ar')).toEqual([
      ['china', 'والصين'],
      ['china', 'بالصين'],
      ['china', 'للصين'],
      ['china', 'فالصين'],
      ['china', 'وبالصين'],
      ['china', 'كالصين'],
    ]);
  });

  it('does not match inside a longer word', () => {
    expect(marks('العلاقات الصينية الروسية', 'ar')).toEqual([]);
    expect(marks('الصينيون', 'ar')).toEqual([]);
  });

  it('tolerates hamza forms, harakat, tatweel, taa marbuta and alef maqsura', () => {
    expect(marks('مجلس الامن الدولي', 'ar')).toEqual([['security', 'مجلس الامن الدولي']]);
    expect(marks('مَجْلِسُ الأَمْنِ الدَّوْلِيِّ', 'ar')).toEqual([['security', 'مَجْلِسُ الأَمْنِ الدَّوْلِيِّ']]);
    expect(marks('تعدديـــة الأطراف', 'ar')).toEqual([['multilateralism', 'تعدديـــة الأطراف']]);
    expect(marks('تعدديه الاطراف', 'ar')).toEqual([['multilateralism', 'تعدديه الاطراف']]);
    expect(marks('منطقة اسيا والمحيط الهادئ', 'ar')).toEqual([['asia', 'اسيا والمحيط الهادئ']]);
  });

  it('matches another spelling listed as a form (شنغهاي for شانغهاي)', () => {
    expect(marks('منظمة شنغهاي للتعاون', 'ar')).toEqual([['sco', 'منظمة شنغهاي للتعاون']]);
  });

  it('prefers the longest form where a term sits inside a longer one', () => {
    expect(marks('نمط تعاون "بريكس بلس"', 'ar')).toEqual([['brics-plus', 'بريكس بلس']]);
    expect(marks('رئاسة مجموعة البريكس', 'ar')).toEqual([['brics', 'مجموعة البريكس']]);
  });

  it('keeps overlapping candidates apart: an organisation and its spirit', () => {
    expect(marks('منظمة شانغهاي للتعاون بـ"روح شانغهاي"', 'ar')).toEqual([
      ['sco', 'منظمة شانغهاي للتعاون'],
      ['spirit', 'بـ"روح شانغهاي'],
    ]);
  });

  it('finds a quoted form whose article follows the quotation mark, and marks it without the quotation mark', () => {
    expect(marks('بناء "الحزام والطريق" والاتحاد', 'ar')).toEqual([['bri', 'الحزام والطريق']]);
  });

  it('lets the article be absent from both words of a multi-word form', () => {
    expect(marks('تشكيل دوائر صغيرة بأي شكل', 'ar')).toEqual([['small-circles', 'دوائر صغيرة']]);
    expect(marks('للمصالح الجوهرية', 'ar')).toEqual([['core-interests', 'للمصالح الجوهرية']]);
  });

  it('maps marks back onto the original text, characters untouched', () => {
    const text = 'في مَجْلِسِ الأَمْنِ الدَّوْلِيِّ اليوم';
    const [m] = matcher.match(text, 'ar');
    expect(text.slice(m!.start, m!.end)).toBe('مَجْلِسِ الأَمْنِ الدَّوْلِيِّ');
  });
});

describe('English matching', () => {
  it('ignores case and takes plurals and possessives', () => {
    expect(marks('brics and BRICS’s summit, Small circles', 'en')).toEqual([
      ['brics', 'brics'],
      ['brics', 'BRICS’s'],
      ['small-circles', 'Small circles'],
    ]);
    expect(marks('the other side’s core interests', 'en')).toEqual([['core-interests', 'core interests']]);
  });

  it('matches aliases and abbreviations, never inside a word', () => {
    expect(marks('the SCO and the SCOs, not SCORE', 'en')).toEqual([
      ['sco', 'SCO'],
      ['sco', 'SCOs'],
    ]);
  });

  it('prefers the longer term', () => {
    expect(marks('the “BRICS Plus” model', 'en')).toEqual([['brics-plus', 'BRICS Plus']]);
  });

  it('keeps a hyphenated name whole and treats an en dash as a boundary', () => {
    expect(marks('Asia-Pacific region, China–Russia relations', 'en')).toEqual([
      ['asia', 'Asia-Pacific'],
      ['china', 'China'],
    ]);
  });
});

describe('foldArabic', () => {
  it('folds variants and keeps a map to the original', () => {
    const folded = foldArabic('أمنٌ آسيا جدًّا مدرسة على الـ20 ١٢');
    expect(folded.text).toBe('امن اسيا جدا مدرسه علي ال20 12');
    expect(folded.map).toHaveLength(folded.text.length + 1);
  });
});
