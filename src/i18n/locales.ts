/**
 * The interface languages, the one list of them: astro.config.mjs's `i18n` and every page route
 * (src/pages/[...locale]/, through src/lib/site/routes.ts) read it. A third one (Russian, Chinese)
 * is one entry here and in `localeInfo`, a dictionary in this folder, its glossary notes and
 * readout summaries — no new route file.
 */
import { directionOf, type Direction } from '../lib/language/languages.ts';

export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each interface's direction is its language's (src/lib/language/languages.ts). */
export const localeInfo: Record<Locale, { dir: Direction; ogLocale: string; name: string; intl: string }> = {
  en: { dir: directionOf('en'), ogLocale: 'en_GB', name: 'English', intl: 'en-GB' },
  // Arabic-Indic digits everywhere in the Arabic interface, as on the Arabic column: ICU's plain `ar` writes 0-9.
  ar: { dir: directionOf('ar'), ogLocale: 'ar_AR', name: 'العربية', intl: 'ar-u-nu-arab' },
};

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);
