/**
 * The header search box's own words in each interface language (the page's `<html lang>`), so that
 * its status line and links speak the page's language. The /search/ page's words are page.ts's.
 */
const ARABIC_DIGITS = new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false });
const arabicPlural = new Intl.PluralRules('ar');
const PARAGRAPHS_AR: Record<string, string> = { zero: 'لا فقرات', one: 'فقرة واحدة', two: 'فقرتان', few: '# فقرات', many: '# فقرة', other: '# فقرة' };

const WORDS = {
  en: {
    failure: 'Search could not load. Check the connection and try again.',
    none: (query: string) => `No paragraphs match “${query}”.`,
    corrected: (query: string) => `Showing results for “${query}”. `,
    count: (n: number) => `${n} ${n === 1 ? 'paragraph' : 'paragraphs'}; Enter opens, ↑ ↓ move.`,
    all: (query: string) => `All results for “${query}” →`,
    sep: ' · ',
  },
  ar: {
    failure: 'تعذّر تحميل البحث. تحقق من الاتصال وأعد المحاولة.',
    none: (query: string) => `لا فقرات تطابق «${query}».`,
    corrected: (query: string) => `نتائج البحث عن «${query}». `,
    count: (n: number) => `${(PARAGRAPHS_AR[arabicPlural.select(n)] ?? '').replace('#', ARABIC_DIGITS.format(n))}؛ مفتاح الإدخال يفتح، والسهمان ↑ ↓ للتنقل.`,
    all: (query: string) => `كل النتائج عن «${query}» ←`,
    sep: ' – ',
  },
};

export type BoxWords = (typeof WORDS)['en'];
export const boxWords = (): BoxWords => (document.documentElement.lang === 'ar' ? WORDS.ar : WORDS.en);
