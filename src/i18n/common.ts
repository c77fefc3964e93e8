/**
 * Words both the page dictionaries and the scripts' parts of them (scripts/) need. A script loads
 * only its own part, never a whole dictionary, so these live here, in one place.
 */
import type { PluralForms } from './format.ts';
import type { Locale } from './locales.ts';

/** "18 paragraphs" in each language's plural forms (Arabic has six). */
export const PARAGRAPHS: Record<Locale, PluralForms> = {
  en: { one: '# paragraph', other: '# paragraphs' },
  ar: { zero: 'لا فقرات', one: 'فقرة واحدة', two: 'فقرتان', few: '# فقرات', many: '# فقرة', other: '# فقرة' },
};

/** "1,683 words" in Arabic's six plural forms (the word study's counts, on its pages and in its cards). */
export const WORDS_AR: PluralForms = {
  zero: 'لا كلمات',
  one: 'كلمة واحدة',
  two: 'كلمتان',
  few: '# كلمات',
  many: '# كلمة',
  other: '# كلمة',
};

/** The narrator's name in each interface language (the speaker of a readout's narration). */
export const NARRATION_NAME: Record<Locale, string> = { en: 'Narration', ar: 'السرد' };

/** Between items of a line such as "date · 18 paragraphs". Not "·" in Arabic: beside Arabic-Indic digits it reads as the zero ٠. */
export const SEPARATOR: Record<Locale, string> = { en: ' · ', ar: ' – ' };
