/** Counts and dates in an interface language (Intl, so each language's own rules); digits from src/lib/language/languages.ts. */
import { formatNumber } from '../lib/language/languages.ts';
import { localeInfo, type Locale } from './locales.ts';

// One formatter per language for the whole build: creating an Intl formatter costs far more than using one,
// and every page formats several dates and counts.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();
const once = <T>(cache: Map<Locale, T>, locale: Locale, make: () => T): T =>
  cache.get(locale) ?? cache.set(locale, make()).get(locale)!;

export function formatDate(locale: Locale, iso: string): string {
  const format = once(
    dateFormats,
    locale,
    () =>
      new Intl.DateTimeFormat(localeInfo[locale].intl, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** One form per plural category the language has (Arabic has six: zero, one, two, few, many, other). `#` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = once(pluralRules, locale, () => new Intl.PluralRules(localeInfo[locale].intl)).select(n);
  return (forms[category] ?? forms.other).replace('#', formatNumber(n, locale));
}
