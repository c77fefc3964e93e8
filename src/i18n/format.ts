/** Numbers, counts and dates in an interface language (Intl, so each language's own rules). */
import { localeInfo, type Locale } from './locales.ts';

export const formatNumber = (locale: Locale, n: number) => new Intl.NumberFormat(localeInfo[locale].intl, { useGrouping: false }).format(n);

export function formatDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(localeInfo[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** One form per plural category the language has (Arabic has six: zero, one, two, few, many, other). `#` is the number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(localeInfo[locale].intl).select(n);
  return (forms[category] ?? forms.other).replace('#', formatNumber(locale, n));
}
