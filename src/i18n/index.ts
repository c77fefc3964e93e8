/** Every interface string, by language: `dictionary(locale).home.heading`. */
import { ar } from './ar.ts';
import { en, type Dictionary } from './en.ts';
import type { Locale } from './locales.ts';

const dictionaries: Record<Locale, Dictionary> = { en, ar };

export const dictionary = (locale: Locale): Dictionary => dictionaries[locale];
export type { Dictionary };
