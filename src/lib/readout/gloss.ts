/**
 * One gloss block read with its Arabic paragraph into a pair: the speaker, the English lines,
 * translator's notes, term overrides and sentence overrides, every problem reported with its line.
 */
import type { Paragraph } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { foldArabicText } from '../language/arabic.ts';
import { isLanguageCode, languageCodes } from '../language/languages.ts';
import type { Pair, ReadBodyOptions, TermOverride } from './body.ts';
import { GLOSS_INSTEAD, reportHtml, unexpected, type Report } from './body-markup.ts';
import { arabicBreaks, JOIN, SPLIT } from './arabic-breaks.ts';
import { glossLines, SENTENCES, SPEAKER } from './gloss-lines.ts';
import { alignSegments, type Segment } from './segments.ts';

/** The override id that keeps a span unmarked. */
export const NO_TERM = 'none';
const NOTE = 'note';
const TERM = 'term';

export function readPair(
  n: number,
  arabic: Paragraph,
  gloss: ContainerDirective,
  { speakers, termIds }: Omit<ReadBodyOptions, 'source'>,
  report: Report,
): Pair {
  const speaker = gloss.attributes?.['speaker'] ?? '';
  if (!speaker) {
    report(
      gloss,
      `The gloss of paragraph ${n} names no speaker. Write :::gloss{speaker=ID} with one of: ${speakers.join(', ')}.`,
    );
  } else if (!speakers.includes(speaker)) {
    report(
      gloss,
      `Unknown speaker "${speaker}" in the gloss of paragraph ${n}. Use one of: ${speakers.join(', ')} (participants are listed in the front-matter).`,
    );
  }
  for (const name of Object.keys(gloss.attributes ?? {})) {
    if (name !== 'speaker')
      report(gloss, `Unknown attribute "${name}" on the gloss of paragraph ${n}. A gloss takes only speaker=….`);
  }

  const notes: LeafDirective[] = [];
  const overrides: TermOverride[] = [];
  const sentenceOverrides: LeafDirective[] = [];
  const text: Paragraph[] = [];
  const checkTerm = (
    node: {
      attributes?: Record<string, string | null | undefined> | null | undefined;
      position?: Paragraph['position'];
    },
    how: string,
  ) => {
    const id = node.attributes?.['id'] ?? '';
    if (!id)
      report(
        node,
        `A term override in paragraph ${n} names no term. Write ${how}{id=TERM-ID} (or id=${NO_TERM} to leave it unmarked).`,
      );
    else if (termIds && id !== NO_TERM && !termIds.has(id))
      report(
        node,
        `Unknown term "${id}" in paragraph ${n}. Use the id of a file in content/terms/ (or id=${NO_TERM}).`,
      );
    return id;
  };
  for (const child of gloss.children) {
    if (child.type === 'leafDirective' && child.name === NOTE) {
      if (toString(child).trim() === '')
        report(child, `Empty translator's note in paragraph ${n}. Write ::note[your note].`);
      reportHtml(child, `a translator's note of paragraph ${n}`, GLOSS_INSTEAD, report);
      checkInline(child, n, report, checkTerm);
      notes.push(child);
    } else if (child.type === 'leafDirective' && child.name === TERM) {
      const target = toString(child);
      const id = checkTerm(child, '::term[…]');
      if (!foldArabicText(toString(arabic)).includes(foldArabicText(target)) || target.trim() === '') {
        report(
          child,
          `The term override "${target}" does not occur in Arabic paragraph ${n}. Copy the words exactly as they stand in the paragraph.`,
        );
      }
      overrides.push({ text: target, id });
    } else if (child.type === 'leafDirective' && (child.name === SPLIT || child.name === JOIN)) {
      sentenceOverrides.push(child);
    } else if (child.type === 'paragraph') {
      reportHtml(child, `the gloss of paragraph ${n}`, GLOSS_INSTEAD, report);
      checkInline(child, n, report, checkTerm);
      text.push(child);
    } else if (child.type === 'html') {
      reportHtml(child, `the gloss of paragraph ${n}`, GLOSS_INSTEAD, report);
    } else {
      report(
        child,
        `${unexpected(child)} Inside a gloss use plain paragraphs (one line per sentence) and ::note[…], ::term[…], ::split[…] and ::join[…] lines.`,
      );
    }
  }
  let segments: Segment[] = [];
  if (!text.some((p) => toString(p).trim() !== '')) {
    report(gloss, `The gloss of paragraph ${n} is empty. Write the English translation inside the :::gloss block.`);
  } else {
    const original = toString(arabic);
    segments = alignSegments(
      original,
      arabicBreaks(original, sentenceOverrides, n, report),
      glossLines(text, n, report, speakers),
      n,
      gloss,
      report,
    );
  }
  return { n, speaker, arabic, gloss: { ...gloss, children: text }, notes, overrides, segments };
}

/** Inline directives in a gloss mark a span's language (`:ar[السراء والضراء]`) or its term (`:term[the Party]{id=…}`). */
function checkInline(
  node: Paragraph | LeafDirective,
  n: number,
  report: Report,
  checkTerm: (node: TextDirective, how: string) => void,
) {
  for (const inline of node.children) {
    if (inline.type === 'textDirective' && inline.name === TERM) {
      checkTerm(inline, ':term[…]');
    } else if (
      inline.type === 'textDirective' &&
      (inline.name === SENTENCES || inline.name === SPEAKER) &&
      node.type === 'paragraph'
    ) {
      continue; // a line's sentence count or speaker: read by glossLines
    } else if (inline.type === 'textDirective' && !isLanguageCode(inline.name)) {
      report(
        inline,
        `Unknown inline directive ":${inline.name}" in the gloss of paragraph ${n}. Mark a quoted span's language with :${languageCodes[0]}[…] or a term with :term[…]{id=…}, or write the text without a colon before the word.`,
      );
    }
  }
}
