/**
 * What the index holds of each readout, from its JSON export: the words that should find each
 * paragraph (its own, then its glossary terms' names and a hidden word per term for ranking),
 * and the clean text a result shows. Pure: text in, text out.
 */
import type { Term } from '../../../schemas/term.ts';
import { speakerName } from '../../../schemas/readout.ts';
import type { Glossary } from '../../glossary/load.ts';
import type { ParagraphJson, ReadoutJson } from '../../readout/json.ts';
import { arabicIndexText, isArabic, termToken } from '../text.ts';
import { namingStrength } from './naming-strength.ts';
import type { ShownParagraph } from '../types.ts';

/** A readout as the index sees it: per paragraph, its own words and its glossary names. */
export interface SearchRecord {
  slug: string;
  /** Per paragraph: its own words and its glossary names as indexed, and all of them as written (for the vocabulary). */
  paragraphs: { own: string; names: string; written: string }[];
}

/**
 * Everything that should find each paragraph: its own words, then the names of the glossary terms it mentions
 * and the lemmas of its words (`lemmas[i]`, the bare citation forms of paragraph i + 1, from the word study),
 * so that اتفاقية finds الاتفاقيات and علاقة finds العلاقات — weighted as names are, below the words as written.
 */
export function searchRecord(readout: ReadoutJson, glossary: Glossary, lemmas: readonly string[][] = []): SearchRecord {
  return {
    slug: readout.slug,
    paragraphs: readout.paragraphs.map((p, i) => {
      const english = p.text['en'] ?? '';
      const original = p.text[readout.lang] ?? '';
      const terms = termsOf(p, glossary);
      const names = terms.flatMap(termNames);
      const strength = namingStrength(english, original);
      const hidden = terms.flatMap((t) => Array<string>(strength(termNames(t))).fill(termToken(t.id)));
      const notes = p.notes.filter((n) => !isArabic(n));
      return {
        own: [english, ...notes, arabicIndexText(original)].join('\n'),
        names: [
          names.filter((n) => !isArabic(n)).join(' · '),
          arabicIndexText([...names.filter(isArabic), ...(lemmas[i] ?? [])].join(' ')),
          hidden.join(' '),
        ].join('\n'),
        written: [english, ...notes, original, ...names, ...(lemmas[i] ?? [])].join('\n'),
      };
    }),
  };
}

export const termsOf = (p: ParagraphJson, glossary: Glossary) =>
  p.terms.map((id) => glossary.byId.get(id)).filter((t) => t !== undefined);

/**
 * The names a paragraph is found by for each term it mentions: English, Arabic, and the Russian ones (indexed
 * and in the typo vocabulary: ШОС, Шанхайская организация сотрудничества). Chinese, unsegmented, is matched
 * against the glossary in the browser instead (src/lib/search/named-terms.ts).
 */
const termNames = (t: Term) => [
  t.name.en,
  t.name.ar,
  ...t.forms.en,
  ...t.forms.ar,
  ...t.aliases,
  ...(t.ru ? [t.ru.name, ...t.ru.short] : []),
];

/** The clean text a result shows of each paragraph. */
export function shownParagraphs(readout: ReadoutJson): ShownParagraph[] {
  return readout.paragraphs.map((p) => ({
    title: readout.title.en,
    titleOriginal: readout.title.ar,
    slug: readout.slug,
    n: String(p.n),
    speaker: { en: speakerName(readout, p.speaker.id, 'en'), ar: speakerName(readout, p.speaker.id, 'ar') },
    date: readout.date,
    lang: readout.lang,
    original: p.text[readout.lang] ?? '',
    english: p.text['en'] ?? '',
    segments: spansOf(p, readout.lang),
  }));
}

/** Each segment's place in the paragraph's two texts (the export gives their texts, which follow one another in order). */
function spansOf(p: ParagraphJson, lang: string): ShownParagraph['segments'] {
  const at = { original: 0, english: 0 };
  const locate = (text: string, part: string, side: keyof typeof at): [number, number] => {
    const start = text.indexOf(part, at[side]);
    at[side] = start + part.length;
    return [start, at[side]];
  };
  return p.segments.map((s) => ({
    original: locate(p.text[lang] ?? '', s.text[lang] ?? '', 'original'),
    english: locate(p.text['en'] ?? '', s.text['en'] ?? '', 'english'),
  }));
}
