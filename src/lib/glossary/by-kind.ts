/**
 * Glossary entries grouped by kind, in the kinds' order, each group sorted by name in an interface's
 * language with its collation (Arabic names by the Arabic alphabet); kinds with no entry are left out.
 * The glossary index and the reading page's term filter list terms this way.
 */
import type { Locale } from '../../i18n/locales.ts';
import { localeInfo } from '../../i18n/locales.ts';
import { TERM_KIND_IDS, type TermKind } from '../../schemas/term.ts';

interface Named {
  data: { kind: TermKind; name: Record<Locale, string> };
}

export function termsByKind<T extends Named>(terms: readonly T[], locale: Locale): { kind: TermKind; terms: T[] }[] {
  const collator = new Intl.Collator(localeInfo[locale].intl);
  return TERM_KIND_IDS.map((kind) => ({
    kind,
    terms: terms
      .filter((term) => term.data.kind === kind)
      .sort((a, b) => collator.compare(a.data.name[locale], b.data.name[locale])),
  })).filter((group) => group.terms.length > 0);
}
