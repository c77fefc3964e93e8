/**
 * The /search/ page's own words in each interface language (the page's `<html lang>`); the header
 * box's are in search-box.ts. This part of the dictionaries alone, so the script loads only its words.
 */
import { PARAGRAPHS } from '../common.ts';
import { formatDate, plural } from '../format.ts';
import { formatNumber } from '../../lib/language/languages.ts';

const en = {
  open: '“',
  close: '”',
  none: 'No paragraphs match ',
  try: ' Try ',
  comma: ', ',
  /** Before and after the quoted query: “2 paragraphs match “BRICS”.” */
  count: (n: number): [string, string] => [`${n} ${n === 1 ? 'paragraph matches' : 'paragraphs match'} `, ''],
  firstShown: (n: number) => ` (the first ${n} shown)`,
  /** Around the corrected query. */
  showingFor: ['Showing results for ', ''] as [string, string],
  /** Around the query as typed. */
  exactly: ['Search exactly for ', ''] as [string, string],
  someWords: ' · some of the words',
  /** After a Chinese or Russian query, the glossary terms it was taken for, before the count: “上海合作组织” → Shanghai Cooperation Organisation: 2 paragraphs. */
  takenFor: (names: string[]) => ` → ${names.join(', ')}: `,
  filters: { speaker: 'Speaker', kind: 'Kind of term' },
  filterCount: (n: number) => `(${n})`,
  date: (iso: string) => formatDate('en', iso),
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  open: '«',
  close: '»',
  none: 'لا توجد فقرات تطابق ',
  try: ' جرّب: ',
  comma: '، ',
  count: (n: number): [string, string] => ['نتائج البحث عن ', `: ${plural('ar', n, PARAGRAPHS.ar)}`],
  firstShown: (n: number) => ` (تُعرض أول ${formatNumber(n, 'ar')} منها)`,
  showingFor: ['عرضنا نتائج «', '»'],
  exactly: ['ابحث عن ', ' كما كتبتها'],
  someWords: ' – بعض الكلمات',
  takenFor: (names: string[]) => ` ← ${names.join('، ')}: `,
  filters: { speaker: 'المتحدث', kind: 'التصنيف' },
  filterCount: (n: number) => `(${plural('ar', n, { other: '#' })})`,
  date: (iso: string) => formatDate('ar', iso),
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const SEARCH_RESULTS_WORDS = { en, ar };

export type ResultsWords = typeof en;
export const resultsWords = (): ResultsWords => (document.documentElement.lang === 'ar' ? ar : en);
