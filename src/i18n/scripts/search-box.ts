/**
 * The header search box's own words in each interface language (the page's `<html lang>`), so that
 * its status line and links speak the page's language. The /search/ page's words are in search-results.ts.
 * This part of the dictionaries alone, so the box's script loads only its words.
 */
import { PARAGRAPHS, SEPARATOR } from '../common.ts';
import { plural } from '../format.ts';

const en = {
  failure: 'Search could not load. Check the connection and try again.',
  none: (query: string) => `No paragraphs match “${query}”.`,
  corrected: (query: string) => `Showing results for “${query}”. `,
  count: (n: number) => `${plural('en', n, PARAGRAPHS.en)}; Enter opens, ↑ ↓ move.`,
  all: (query: string) => `All results for “${query}” →`,
  sep: SEPARATOR.en,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  failure: 'تعذّر تحميل البحث. تحقق من الاتصال وأعد المحاولة.',
  none: (query: string) => `لا فقرات تطابق «${query}».`,
  corrected: (query: string) => `نتائج البحث عن «${query}». `,
  count: (n: number) => `${plural('ar', n, PARAGRAPHS.ar)}؛ مفتاح الإدخال يفتح، والسهمان ↑ ↓ للتنقل.`,
  all: (query: string) => `كل النتائج عن «${query}» ←`,
  sep: SEPARATOR.ar,
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const SEARCH_BOX_WORDS = { en, ar };

export type BoxWords = typeof en;
export const boxWords = (): BoxWords => (document.documentElement.lang === 'ar' ? ar : en);
