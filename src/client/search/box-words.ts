/**
 * The header search box's own words in each interface language (the page's `<html lang>`), so that
 * its status line and links speak the page's language. The /search/ page's words are page.ts's.
 */
import { PARAGRAPHS, SEPARATOR } from '../../i18n/common.ts';
import { plural } from '../../i18n/format.ts';

const WORDS = {
  en: {
    failure: 'Search could not load. Check the connection and try again.',
    none: (query: string) => `No paragraphs match “${query}”.`,
    corrected: (query: string) => `Showing results for “${query}”. `,
    count: (n: number) => `${plural('en', n, PARAGRAPHS.en)}; Enter opens, ↑ ↓ move.`,
    all: (query: string) => `All results for “${query}” →`,
    sep: SEPARATOR.en,
  },
  ar: {
    failure: 'تعذّر تحميل البحث. تحقق من الاتصال وأعد المحاولة.',
    none: (query: string) => `لا فقرات تطابق «${query}».`,
    corrected: (query: string) => `نتائج البحث عن «${query}». `,
    count: (n: number) => `${plural('ar', n, PARAGRAPHS.ar)}؛ مفتاح الإدخال يفتح، والسهمان ↑ ↓ للتنقل.`,
    all: (query: string) => `كل النتائج عن «${query}» ←`,
    sep: SEPARATOR.ar,
  },
};

export type BoxWords = (typeof WORDS)['en'];
export const boxWords = (): BoxWords => (document.documentElement.lang === 'ar' ? WORDS.ar : WORDS.en);
