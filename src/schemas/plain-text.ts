import { z } from 'astro/zod';

/**
 * Markup in a text field: an HTML tag, end tag, comment, doctype or processing
 * instruction starts with "<" and a letter, "/", "!" or "?". A bare "<" before a
 * space or a digit ("a < b", "<5 %") is ordinary text and stays allowed.
 */
const MARKUP = /<[A-Za-z/!?][^\s>]*>?/;

/**
 * Text that reaches pages and exports (JSON, TMX, CSV) as text. It must carry no
 * HTML: pages escape it, but other tools reading the exports may not.
 */
export const plainText = (min = 1, message?: string) =>
  z
    .string()
    .trim()
    .min(min, message)
    .superRefine((value, ctx) => {
      const found = MARKUP.exec(value);
      if (found)
        ctx.addIssue({
          code: 'custom',
          message: `holds HTML ("${found[0]}…"); write plain text without tags or comments`,
        });
    });

/**
 * Arabic that Bayan writes (names, notes, summaries) counts in Arabic-Indic digits (٢٠٢٢), as its interface
 * does; the published text and the forms that match it keep the digits they were published with (docs/i18n.md).
 */
export const bayanArabic = (text: z.ZodString | z.ZodType<string>) =>
  text.superRefine((value, ctx) => {
    const found = /[0-9]+/.exec(value);
    if (found)
      ctx.addIssue({
        code: 'custom',
        message: `has the Western digits "${found[0]}"; Bayan's own Arabic uses Arabic-Indic digits (${[...found[0]].map((d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]).join('')})`,
      });
  });
