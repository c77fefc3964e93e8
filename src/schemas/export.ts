import { z } from 'astro/zod';

/** `/readouts/<slug>.json` — the shape promised in the README ("Exports"); tests validate the built file against it. */
export const readoutExportSchema = z.strictObject({
  slug: z.string(),
  /** Absolute URL of the reading page. */
  url: z.url(),
  lang: z.string(),
  dir: z.enum(['rtl', 'ltr']),
  title: z.strictObject({ ar: z.string(), en: z.string() }),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  participants: z.array(
    z.strictObject({
      id: z.string(),
      name: z.strictObject({ ar: z.string(), en: z.string() }),
      role: z.strictObject({ ar: z.string(), en: z.string() }),
    }),
  ),
  source: z.strictObject({ publisher: z.strictObject({ ar: z.string(), en: z.string() }), url: z.url().optional() }),
  summary: z.strictObject({ en: z.string(), ar: z.string() }),
  gloss: z.strictObject({ translator: z.string(), revised: z.string() }),
  paragraphs: z.array(
    z.strictObject({
      /** 1-based position in the original. */
      n: z.number().int().positive(),
      speaker: z.strictObject({ id: z.string(), name: z.string() }),
      /** Keyed by language code: the original, verbatim, and `en`, the gloss. */
      text: z.record(z.string(), z.string()),
      /** Translator's notes, plain text. */
      notes: z.array(z.string()),
      /** Ids of glossary terms mentioned (see /terms.json). */
      terms: z.array(z.string()),
      /** Absolute link to the paragraph: …/#p-N. */
      permalink: z.url(),
      /** The aligned sentences, in order. */
      segments: z.array(
        z.strictObject({
          /** 1-based position in the paragraph. */
          s: z.number().int().positive(),
          /** Keyed like `text`: the original sentence(s), verbatim, and their English. */
          text: z.record(z.string(), z.string()),
          /** Who speaks the sentence: the paragraph's speaker unless the gloss line names another (`:speaker[…]`). */
          speaker: z.strictObject({ id: z.string(), name: z.string() }),
          /** Absolute link to the sentence: …/#p-N.s. */
          permalink: z.url(),
        }),
      ),
    }),
  ),
});
