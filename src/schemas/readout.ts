import { z } from 'astro/zod';
import { directionOf, languageCodes } from '../lib/language/languages.ts';
import { NARRATION_NAME } from '../i18n/common.ts';
import { contentUrl } from './content-url.ts';
import { bayanArabic, plainText } from './plain-text.ts';

/** A name or phrase given in the readout's language and in English. */
const bilingual = z.object({
  /** As written in the original (Arabic for the first readout). */
  ar: plainText(1, 'give the Arabic form'),
  /** The standard English form. */
  en: plainText(1, 'give the English form'),
});

/** A calendar date written YYYY-MM-DD; YAML parsers may hand over a Date, which is normalised. */
const isoDate = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isRealIsoDate, 'write a real calendar date as YYYY-MM-DD, e.g. 2021-12-15');

function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Someone who speaks in the readout; `id` is what a gloss's `speaker` attribute names. */
const participant = z.object({
  /** kebab-case, e.g. `xi-jinping`; used in `:::gloss{speaker=xi-jinping}` and in filters. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case id such as xi-jinping'),
  /** The participant's name in both languages. */
  name: bilingual,
  /** Office held at the time of the readout, in both languages (each interface shows its own). */
  role: bilingual,
});

/** The reserved speaker for the narrator's own sentences (not reported speech). */
export const NARRATION = 'narration';

/** Front-matter of one readout file in `content/readouts/`. */
export const readoutSchema = z
  .object({
    /** Language of the original text; decides direction and typeface (see src/lib/language/languages.ts). */
    lang: z.enum(languageCodes),
    /** Direction of the original text; must agree with `lang` (rtl for Arabic). */
    dir: z.enum(['rtl', 'ltr']),
    /** Title in the original language and in English. */
    title: bilingual,
    /** Day of the meeting or statement, YYYY-MM-DD. */
    date: isoDate,
    /** Who speaks in the readout; at least one. */
    participants: z.array(participant).min(1, 'list at least one participant'),
    /** Who published the original text. */
    source: z.object({
      /** Publisher in both languages. */
      publisher: bilingual,
      /** Where the original was published, if known. */
      url: contentUrl().optional(),
    }),
    /** One paragraph per interface language: what the readout is about (the Arabic for the Arabic interface). */
    summary: z.object({
      en: plainText(40, 'write a one-paragraph English summary (40 characters or more)'),
      ar: bayanArabic(plainText(40, 'write a one-paragraph Arabic summary (40 characters or more)')),
    }),
    /** The English gloss: who translated it and when it was last revised. */
    gloss: z.object({
      translator: plainText(),
      revised: isoDate,
    }),
  })
  .superRefine((data, ctx) => {
    const expected = directionOf(data.lang);
    if (data.dir !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['dir'],
        message: `dir must be "${expected}" for lang: ${data.lang}`,
      });
    }
    const ids = data.participants.map((p) => p.id);
    ids.forEach((id, i) => {
      if (id === NARRATION) {
        ctx.addIssue({
          code: 'custom',
          path: ['participants', i, 'id'],
          message: `"${NARRATION}" is reserved for the narrator; choose another id`,
        });
      } else if (ids.indexOf(id) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['participants', i, 'id'],
          message: `participant id "${id}" is used twice`,
        });
      }
    });
  });

export type ReadoutData = z.output<typeof readoutSchema>;

/** How a speaker is shown in an interface language: the narration, or the participant's name. */
export function speakerName(
  data: { participants: readonly { id: string; name: { en: string; ar: string } }[] },
  speaker: string,
  locale: 'en' | 'ar' = 'en',
): string {
  if (speaker === NARRATION) return NARRATION_NAME[locale];
  return data.participants.find((p) => p.id === speaker)?.name[locale] ?? speaker;
}

/** The speakers a gloss may name: the narrator and every participant. */
export function allowedSpeakers(data: { participants: readonly { id: string }[] }): string[] {
  return [NARRATION, ...data.participants.map((p) => p.id)];
}
