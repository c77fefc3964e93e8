import { z } from 'astro/zod';
import { plainText } from './plain-text.ts';
import { DERIVS, FEATS, FORMS, NAMES, POS } from '../lib/words/lists.ts';

export type { Feat, Pos } from '../lib/words/lists.ts';

/** Radicals separated by spaces, hamza written ء: «ع م ق», «ر ء س». */
export const ROOT_SHAPE = /^[\u0621-\u063A\u0641-\u064A](?: [\u0621-\u063A\u0641-\u064A]){2,3}$/u;
/** A lemma id: the vocalised citation form, `#2`, `#3` after it for homographs. */
export const LEMMA_ID = /^[\u0621-\u0652\u0670\u0671]+(?:#[2-9])?$/u;

const text = plainText();

/** One lemma of content/lexicon.yaml. */
export const lemmaSchema = z
  .object({
    pos: z.enum(POS),
    deriv: z.enum(DERIVS).optional(),
    form: z.enum(FORMS).optional(),
    root: z.union([
      z.literal('none'),
      z.string().regex(ROOT_SHAPE, 'write the radicals separated by spaces, e.g. ع م ق'),
    ]),
    'root-note': text.optional(),
    names: z.enum(NAMES).optional(),
    gloss: text,
  })
  .strict()
  .superRefine((lemma, ctx) => {
    if (lemma.root === 'none' && !lemma['root-note'])
      ctx.addIssue({
        code: 'custom',
        path: ['root-note'],
        message: 'say why there is no root (particle, pronoun, foreign name…)',
      });
    if (lemma.pos === 'verb' && !lemma.form)
      ctx.addIssue({ code: 'custom', path: ['form'], message: 'a verb needs its form (I–X)' });
  });
export type Lemma = z.output<typeof lemmaSchema>;

/** content/lexicon.yaml: every lemma, shared by all readouts. */
export const lexiconSchema = z.record(
  z.string().regex(LEMMA_ID, 'use the vocalised citation form, #2 for a homograph'),
  lemmaSchema,
);
export type Lexicon = z.output<typeof lexiconSchema>;

/** One word of a paragraph, analysed in context. */
export const wordSchema = z
  .object({
    t: z.string().min(1),
    v: z.string().min(1),
    seg: z.array(z.string().min(1)).min(1),
    lemma: z.string().min(1),
    feat: z.array(z.enum(FEATS)).default([]),
    sense: text,
    note: text.optional(),
  })
  .strict();
export type Word = z.output<typeof wordSchema>;

/** A multi-word expression: 1-based word numbers, the words as published, its sense. */
export const expressionSchema = z
  .object({ words: z.array(z.number().int().positive()).min(2), text: z.string().min(1), sense: text })
  .strict();
export type Expression = z.output<typeof expressionSchema>;

/** content/words/<slug>.yaml: paragraph number → its words and expressions. */
export const readoutWordsSchema = z.record(
  z.string().regex(/^[1-9][0-9]*$/, 'use the paragraph number'),
  z.object({ words: z.array(wordSchema).min(1), expressions: z.array(expressionSchema).default([]) }).strict(),
);
export type ReadoutWords = z.output<typeof readoutWordsSchema>;
