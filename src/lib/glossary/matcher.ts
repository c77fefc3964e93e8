/**
 * Finds glossary terms in Arabic and English text: longest form first,
 * leftmost first, never overlapping.
 *
 * Arabic: orthographic variants are folded (src/lib/language/arabic.ts); a form may be
 * preceded by the clitics و/ف, then ب/ك/ل, then the article ال (لل after ل),
 * and an opening quotation mark, as in بـ"روح شانغهاي" or "الحزام (where the
 * article follows the mark). A form's leading article is optional in the text.
 * English: case-insensitive, with plural and possessive endings.
 */
import { foldArabic, isArabic } from '../language/arabic.ts';
import { CLITICS, OPTIONAL_ARTICLE, withoutArticle } from '../language/clitics.ts';

export interface MatchableTerm {
  id: string;
  forms: { ar: readonly string[]; en: readonly string[] };
  aliases?: readonly string[];
}

export interface Match {
  id: string;
  /** Range in the original text, end exclusive. */
  start: number;
  end: number;
}

export type MatchLanguage = 'ar' | 'en';

/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folds a form the way the text is folded, and drops a leading article (the pattern adds it back as optional). */
const arabicStem = (form: string) => withoutArticle(foldArabic(form.trim()).text);
const englishForm = (form: string) => form.trim().toLowerCase().replace(/[’']/g, '’');

/** The form as the matcher looks it up: two forms with one key are one form to it (the content check rejects them in two entries). */
export const formKey = (form: string) => (isArabic(form) ? arabicStem(form) : englishForm(form));

export class TermMatcher {
  private readonly patterns: Record<MatchLanguage, RegExp | null>;
  private readonly ids: Record<MatchLanguage, Map<string, string>>;

  constructor(terms: readonly MatchableTerm[]) {
    this.ids = { ar: new Map(), en: new Map() };
    for (const term of terms) {
      const all = [...term.forms.ar, ...term.forms.en, ...(term.aliases ?? [])];
      for (const form of all) {
        if (isArabic(form)) this.ids.ar.set(formKey(form), term.id);
        else this.ids.en.set(formKey(form), term.id);
      }
    }
    const alternation = (forms: Iterable<string>) =>
      [...forms]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')
        .replace(/ /g, '\\s+');
    this.patterns = {
      ar: this.ids.ar.size
        ? new RegExp(
            `(?<![\\p{L}\\p{M}\\p{N}])(?<clitics>${CLITICS})(?<quote>["«“]?)${OPTIONAL_ARTICLE}(?<stem>${alternation(this.ids.ar.keys())})(?![\\p{L}\\p{M}])`,
            'gu',
          )
        : null,
      en: this.ids.en.size
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(?<stem>${alternation(this.ids.en.keys())})(?:e?s|’s)?(?![\\p{L}\\p{N}])`,
            'gu',
          )
        : null,
    };
  }

  /** Every term occurrence in `text`, in text order. */
  match(text: string, lang: MatchLanguage): Match[] {
    const pattern = this.patterns[lang];
    if (!pattern) return [];
    const folded = lang === 'ar' ? foldArabic(text) : { text: text.toLowerCase().replace(/'/g, '’'), map: null };
    const matches: Match[] = [];
    for (const m of folded.text.matchAll(pattern)) {
      const { clitics = '', quote = '', stem = '' } = m.groups ?? {};
      const id = this.ids[lang].get(stem.replace(/\s+/g, ' '));
      if (!id) continue;
      // A clitic joined to a quoted word (بـ"روح) is marked with it; a bare opening quote is not.
      const start = m.index + (clitics ? 0 : quote.length);
      const end = m.index + m[0].length;
      matches.push(folded.map ? { id, start: folded.map[start]!, end: folded.map[end]! } : { id, start, end });
    }
    return matches;
  }
}
