/** Counts and dates in an interface language (Intl, so each language's own rules); digits from src/lib/language/languages.ts. */
import { formatNumber } from '../lib/language/languages.ts';
import { localeInfo, type Locale } from './locales.ts';

export function formatDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(localeInfo[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** One form per plural category the language has (Arabic has six: zero, one, two, few, many, other). `#` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(localeInfo[locale].intl).select(n);
  return (forms[category] ?? forms.other).replace('#', formatNumber(n, locale));
}
