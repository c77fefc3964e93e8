import { z } from 'astro/zod';
import { contentUrl } from './content-url.ts';
import { bayanArabic, plainText } from './plain-text.ts';

/** What a glossary entry is, in the order the term index groups by; the words for them are the dictionaries' (src/i18n/). */
export const TERM_KIND_IDS = [
  'person',
  'organisation',
  'party-body',
  'state-body',
  'treaty',
  'document',
  'initiative',
  'event',
  'place',
  'term',
] as const;
export type TermKind = (typeof TERM_KIND_IDS)[number];

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case English id such as shanghai-cooperation-organisation');
/** Every text field of an entry reaches a page or an export, so none may hold HTML. */
const nonEmpty = plainText();
/** A short text in each interface language, the Arabic as Bayan writes it. */
const bilingual = z.object({ en: plainText(10), ar: bayanArabic(plainText(5)) }).strict();

/** One glossary entry, `content/terms/<id>.yaml`; the file name is its id and URL. */
export const termSchema = z.object({
  /** What it is: person, organisation (international), party-body, state-body, treaty, document (a resolution, decree or programme that is not a treaty), initiative, event, place or term. */
  kind: z.enum(TERM_KIND_IDS),
  /** The standard names. */
  /** The standard names; the Arabic in Arabic-Indic digits, as Bayan writes it (the forms keep the text's digits). */
  name: z.object({ en: nonEmpty, ar: bayanArabic(nonEmpty) }),
  /**
   * Romanisation of the whole Arabic name, one scheme throughout: ALA-LC/IJMES practice (kh, sh, gh, th,
   * dh, j, where DIN 31635 writes single letters with diacritics), long vowels marked, pausal forms (no
   * case endings), the article assimilated (ash-Shuyūʿī, at-Tanmiya) and its a elided after a particle
   * or a long ā or ū (fī sh-shuʾūn, ʿalā madā l-Qarn, Sanatā t-Tabādul).
   */
  transliteration: nonEmpty,
  /** Surface forms to recognise in the text. Arabic without clitics (و ف ب ك ل and ال are handled); English singular (plurals are handled). */
  forms: z.object({ ar: z.array(nonEmpty).min(1), en: z.array(nonEmpty).min(1) }),
  /** Abbreviations and other names (SCO, ShOS, شنغهاي …): recognised in the text and found by search. */
  aliases: z.array(nonEmpty).default([]),
  /**
   * One to three sentences per interface language: what it is, dates, membership, why it matters in
   * these readouts. `ar` is written for Arabic readers, faithful to `en`, in Arabic-Indic digits.
   */
  note: z.object({ en: plainText(20).max(700), ar: bayanArabic(plainText(20).max(900)) }),
  /** Mark every occurrence (default), or only the first in each paragraph for names that recur constantly. */
  marking: z.enum(['every', 'first-per-paragraph']).default('every'),
  /** Ids of related entries. */
  related: z.array(kebab).default([]),
  /** Ids this entry had before a rename: each keeps its URL, sending readers on to this entry's page. */
  formerly: z.array(kebab).default([]),
  /** A reference page (e.g. an official site or encyclopaedia entry), https: only. */
  link: contentUrl().optional(),
  /**
   * The name in Chinese as China's foreign ministry and Xinhua write it (simplified characters), with Hanyu
   * Pinyin in tone marks, and its usual short forms (上合组织). Required, or an explained `absent.zh`.
   */
  zh: z
    .object({ name: nonEmpty, pinyin: nonEmpty, short: z.array(nonEmpty).default([]) })
    .strict()
    .optional(),
  /** The name in Russian as the Kremlin and Russia's foreign ministry write it, and its short forms (ШОС). Required, or `absent.ru`. */
  ru: z
    .object({ name: nonEmpty, short: z.array(nonEmpty).default([]) })
    .strict()
    .optional(),
  /**
   * For a diplomatic term, initiative or document: the fixed Chinese formula (tifa) the Arabic renders, its
   * pinyin, a literal English rendering, and the official English rendering where it differs from the gloss's.
   */
  formula: z
    .object({ zh: nonEmpty, pinyin: nonEmpty, literal: nonEmpty, 'official-en': nonEmpty.optional() })
    .strict()
    .optional(),
  /** Why a language has no established form (a phrase that exists only in this rendering), in both interface languages. */
  absent: z
    .object({ zh: bilingual.optional(), ru: bilingual.optional(), formula: bilingual.optional() })
    .strict()
    .default({}),
  /** Where official renderings vary: which body uses which, in a sentence or two per interface language. */
  variants: bilingual.optional(),
  /** Where each Chinese and Russian form and the formula can be checked: official pages first. */
  sources: z
    .array(z.object({ for: z.enum(['zh', 'ru', 'formula']), url: contentUrl(), note: nonEmpty.optional() }).strict())
    .default([]),
});

export type TermData = z.output<typeof termSchema>;
export interface Term extends TermData {
  id: string;
}
