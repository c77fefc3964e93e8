/**
 * The /search/ page's own words in each interface language (the page's `<html lang>`); the header
 * box's are in search-box.ts. This part of the dictionaries alone, so the script loads only its words.
 */
import { PARAGRAPHS } from '../common.ts';
import { formatDate, plural } from '../format.ts';

const en = {
  open: '“',
  close: '”',
  none: 'No paragraphs match ',
  try: ' Try ',
  comma: ', ',
  count: (n: number) => `${n} ${n === 1 ? 'paragraph matches' : 'paragraphs match'} `,
  firstShown: (n: number) => ` (the first ${n} shown)`,
  showingFor: 'Showing results for ',
  exactly: 'Search exactly for ',
  someWords: ' · some of the words',
  filters: { speaker: 'Speaker', kind: 'Kind of term' },
  filterCount: (n: number) => `(${n})`,
  date: (iso: string) => iso,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  open: '«',
  close: '»',
  none: 'لا فقرات تطابق ',
  try: ' جرّب: ',
  comma: '، ',
  count: (n: number) => `${plural('ar', n, PARAGRAPHS.ar)} في نتائج البحث عن `,
  firstShown: (n: number) => ` (تظهر أول ${plural('ar', n, PARAGRAPHS.ar)})`,
  showingFor: 'نتائج البحث عن ',
  exactly: 'ابحث حرفيًا عن ',
  someWords: ' – بعض الكلمات',
  filters: { speaker: 'المتحدث', kind: 'نوع المدخل' },
  filterCount: (n: number) => `(${plural('ar', n, { other: '#' })})`,
  date: (iso: string) => formatDate('ar', iso),
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const SEARCH_RESULTS_WORDS = { en, ar };

export type ResultsWords = typeof en;
export const resultsWords = (): ResultsWords => (document.documentElement.lang === 'ar' ? ar : en);
