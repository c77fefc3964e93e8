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
  /** A Chinese or Russian query, and the glossary terms it was taken for: “上海合作组织 → Shanghai Cooperation Organisation: 2 paragraphs.” */
  takenFor: (query: string, names: string[]) => `${query} → ${names.join(', ')}: `,
  /** With the keys only where there is a keyboard (not on a touch screen). */
  count: (n: number, keys: boolean) => `${plural('en', n, PARAGRAPHS.en)}${keys ? '; Enter opens, ↑ ↓ move' : ''}.`,
  all: (query: string) => `All results for “${query}” →`,
  sep: SEPARATOR.en,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  failure: 'تعذّر تحميل البحث. تحقق من الاتصال وأعد المحاولة.',
  none: (query: string) => `لا توجد فقرات تطابق «${query}».`,
  corrected: (query: string) => `عرضنا نتائج «${query}». `,
  takenFor: (query: string, names: string[]) => `${query} ← ${names.join('، ')}: `,
  // The key's name in Arabic: a Latin “Enter” in an Arabic status line would be English in the Arabic interface.
  count: (n: number, keys: boolean) =>
    `${plural('ar', n, PARAGRAPHS.ar)}.${keys ? ' اضغط مفتاح الإدخال للفتح، و↑ ↓ للتنقل.' : ''}`,
  all: (query: string) => `كل النتائج عن «${query}» ←`,
  sep: SEPARATOR.ar,
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const SEARCH_BOX_WORDS = { en, ar };

export type BoxWords = typeof en;
export const boxWords = (): BoxWords => (document.documentElement.lang === 'ar' ? ar : en);
