import { z } from 'astro/zod';
import { contentUrl } from './content-url.ts';
import { plainText } from './plain-text.ts';

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

/** One glossary entry, `content/terms/<id>.yaml`; the file name is its id and URL. */
export const termSchema = z.object({
  /** What it is: person, organisation (international), party-body, state-body, treaty, document (a resolution, decree or programme that is not a treaty), initiative, event, place or term. */
  kind: z.enum(TERM_KIND_IDS),
  /** The standard names. */
  name: z.object({ en: nonEmpty, ar: nonEmpty }),
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
  note: z.object({ en: plainText(20).max(700), ar: plainText(20).max(900) }),
  /** Mark every occurrence (default), or only the first in each paragraph for names that recur constantly. */
  marking: z.enum(['every', 'first-per-paragraph']).default('every'),
  /** Ids of related entries. */
  related: z.array(kebab).default([]),
  /** A reference page (e.g. an official site or encyclopaedia entry), https: only. */
  link: contentUrl().optional(),
});

export type TermData = z.output<typeof termSchema>;
export interface Term extends TermData {
  id: string;
}
