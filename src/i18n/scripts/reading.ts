/**
 * What the reading and paragraph pages' scripts say, in the page's interface language (its
 * `<html lang>`): this part of the dictionaries alone, so the scripts load only their own words,
 * after the first view.
 */
import { formatNumber } from '../../lib/language/languages.ts';
import { PARAGRAPHS } from '../common.ts';
import { plural } from '../format.ts';

const en = {
  copied: 'Copied ✓',
  notCopied: (text: string) => `Could not copy. ${text}`,
  pairCopied: (n: string) => `Paragraph ${n} copied with its citation.`,
  linkCopied: (n: string) => `Link to paragraph ${n} copied.`,
  offerOne: 'Copy link to this sentence',
  offerMany: (from: string, to: string) => `Copy link to sentences ${from}–${to}`,
  sentenceCopied: (n: string, s: string) => `Link to sentence ${n}.${s} copied.`,
  sentencesCopied: (n: string, from: string, to: string) => `Link to sentences ${n}.${from}–${to} copied.`,
  showing: (shown: number, all: number) => `Showing ${shown} of ${all} paragraphs.`,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  copied: 'تم النسخ ✓',
  notCopied: (text: string) => `تعذّر النسخ. ${text}`,
  pairCopied: (n: string) => `نُسخت الفقرة ${n} مع توثيقها.`,
  linkCopied: (n: string) => `نُسخ رابط الفقرة ${n}.`,
  offerOne: 'نسخ رابط هذه الجملة',
  offerMany: (from: string, to: string) => `نسخ رابط الجمل ${from}–${to}`,
  sentenceCopied: (n: string, s: string) => `نُسخ رابط الجملة ${s} من الفقرة ${n}.`,
  sentencesCopied: (n: string, from: string, to: string) => `نُسخ رابط الجمل ${from}–${to} من الفقرة ${n}.`,
  showing: (shown: number, all: number) =>
    `تظهر ${plural('ar', shown, PARAGRAPHS.ar)} من أصل ${formatNumber(all, 'ar')}.`,
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const READING_SCRIPT_WORDS = { en, ar };

const arabic = () => document.documentElement.lang === 'ar';
export const pageWords = () => (arabic() ? ar : en);
/** A number in the interface's digits. */
export const num = (n: number | string) => formatNumber(Number(n), arabic() ? 'ar' : 'en');
