/**
 * The one place where language → direction → digits is decided.
 *
 * Reasoning: Bayan renders the readout's language and the gloss language side
 * by side; every component that needs `dir` or digits asks this table instead
 * of hard-coding "ar means rtl" in many places.
 */
export const languages = {
  ar: { dir: 'rtl', name: 'Arabic', digits: '٠١٢٣٤٥٦٧٨٩' },
  fa: { dir: 'rtl', name: 'Persian', digits: '۰۱۲۳۴۵۶۷۸۹' },
  ur: { dir: 'rtl', name: 'Urdu', digits: '۰۱۲۳۴۵۶۷۸۹' },
  he: { dir: 'rtl', name: 'Hebrew', digits: '0123456789' },
  en: { dir: 'ltr', name: 'English', digits: '0123456789' },
  ru: { dir: 'ltr', name: 'Russian', digits: '0123456789' },
  zh: { dir: 'ltr', name: 'Chinese', digits: '0123456789' },
} as const;

export type LanguageCode = keyof typeof languages;
export type Direction = (typeof languages)[LanguageCode]['dir'];

export const languageCodes = Object.keys(languages) as [LanguageCode, ...LanguageCode[]];

export function isLanguageCode(code: string): code is LanguageCode {
  return Object.hasOwn(languages, code);
}

export function directionOf(lang: LanguageCode): Direction {
  return languages[lang].dir;
}

/** Writes a number in the digits its readers use: ١٢ for Arabic, 12 for English. */
export function formatNumber(n: number, lang: LanguageCode): string {
  const digits = languages[lang].digits;
  return String(n).replace(/[0-9]/g, (d) => digits[Number(d)]!);
}
