/**
 * Reads a readout's Markdown body as aligned pairs: each Arabic paragraph
 * followed by one `:::gloss{speaker=…}` container holding its English gloss.
 *
 * Pure: it reports every problem with its line instead of throwing, so the
 * content checker can list them all and the remark plugin can fail on the first.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { foldArabicText } from '../language/arabic.ts';
import { isLanguageCode, languageCodes } from '../language/languages.ts';
import { alignSegments, arabicBreaks, glossLines, JOIN, SENTENCES, SPLIT, type Segment } from './segments.ts';

export interface Problem {
  line: number;
  column: number;
  message: string;
}

export interface Pair {
  /** 1-based position of the Arabic paragraph in the original. */
  n: number;
  speaker: string;
  arabic: Paragraph;
  /** The English gloss without its translator's notes and term overrides. */
  gloss: ContainerDirective;
  notes: LeafDirective[];
  /** `::term[نص]{id=…}` lines: how to mark that text in the Arabic paragraph (`none` = leave unmarked). */
  overrides: TermOverride[];
  /** The aligned sentences, in order (empty when the alignment has a problem). */
  segments: Segment[];
}

export interface TermOverride {
  text: string;
  id: string;
}

/** The override id that keeps a span unmarked. */
export const NO_TERM = 'none';

export interface ReadBodyOptions {
  /** The text the tree was parsed from (to check that Markdown changed nothing in the Arabic). */
  source: string;
  /** Speaker ids a gloss may name (`narration` and the participants). */
  speakers: readonly string[];
  /** Glossary ids that `:term`/`::term` overrides may name; unchecked when absent. */
  termIds?: ReadonlySet<string> | undefined;
}

const GLOSS = 'gloss';
const NOTE = 'note';
const TERM = 'term';
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/u;
const HOW_TO = 'A readout body is a sequence of Arabic paragraphs, each followed by a :::gloss{speaker=…} block with its English translation.';

export function readBody(tree: Root, { source, speakers, termIds }: ReadBodyOptions): { pairs: Pair[]; problems: Problem[] } {
  const pairs: Pair[] = [];
  const problems: Problem[] = [];
  const report: Report = (node, message, line) =>
    problems.push({ line: line ?? node.position?.start.line ?? 1, column: line === undefined ? (node.position?.start.column ?? 1) : 1, message });

  let pending: Paragraph | undefined;
  let previousGloss: ContainerDirective | undefined;

  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      if (pending) {
        report(pending, `Arabic paragraph ${pairs.length + 1} has no English gloss. Add a :::gloss{speaker=…} block right after it.`);
        pairs.push(placeholderPair(pairs.length + 1, pending));
      }
      checkArabic(node, pairs.length + 1, source, report);
      pending = node;
      previousGloss = undefined;
    } else if (node.type === 'containerDirective' && node.name === GLOSS) {
      if (!pending) {
        report(
          node,
          previousGloss
            ? `Two glosses in a row (the previous one starts on line ${previousGloss.position?.start.line}). Merge them, or put the missing Arabic paragraph between them.`
            : 'This gloss has no Arabic paragraph before it. Put the Arabic paragraph it translates directly above it.',
        );
      } else {
        pairs.push(readPair(pairs.length + 1, pending, node, { speakers, termIds }, report));
        pending = undefined;
      }
      previousGloss = node;
    } else {
      report(node, unexpected(node));
    }
  }
  if (pending) report(pending, `Arabic paragraph ${pairs.length + 1} has no English gloss. Add a :::gloss{speaker=…} block right after it.`);
  if (pairs.length === 0 && problems.length === 0) report(tree, `The readout has no paragraphs. ${HOW_TO}`);
  return { pairs, problems };
}

type Report = (node: { position?: RootContent['position'] }, message: string, line?: number) => void;

function checkArabic(node: Paragraph, n: number, source: string, report: Report) {
  const text = toString(node);
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (reportHtml(node, `Arabic paragraph ${n}`, 'The Arabic is stored exactly as published, as plain text: remove the tag.', report)) return;
  if (!ARABIC_LETTER.test(text)) {
    report(node, `Paragraph ${n} is empty or has no Arabic text. Put the Arabic paragraph here, or remove the line.`);
  } else if (start !== undefined && end !== undefined && source.slice(start, end) !== text) {
    // Markdown syntax (emphasis, links, escapes, HTML) would silently change the verbatim source.
    report(node, `Markdown syntax changes the text of Arabic paragraph ${n}. Store the Arabic exactly as published, without Markdown markup (*, _, [ ], <, \\).`);
  }
}

function readPair(n: number, arabic: Paragraph, gloss: ContainerDirective, { speakers, termIds }: Omit<ReadBodyOptions, 'source'>, report: Report): Pair {
  const speaker = gloss.attributes?.['speaker'] ?? '';
  if (!speaker) {
    report(gloss, `The gloss of paragraph ${n} names no speaker. Write :::gloss{speaker=ID} with one of: ${speakers.join(', ')}.`);
  } else if (!speakers.includes(speaker)) {
    report(gloss, `Unknown speaker "${speaker}" in the gloss of paragraph ${n}. Use one of: ${speakers.join(', ')} (participants are listed in the front-matter).`);
  }
  for (const name of Object.keys(gloss.attributes ?? {})) {
    if (name !== 'speaker') report(gloss, `Unknown attribute "${name}" on the gloss of paragraph ${n}. A gloss takes only speaker=….`);
  }

  const notes: LeafDirective[] = [];
  const overrides: TermOverride[] = [];
  const sentenceOverrides: LeafDirective[] = [];
  const text: Paragraph[] = [];
  const checkTerm = (node: { attributes?: Record<string, string | null | undefined> | null | undefined; position?: Paragraph['position'] }, how: string) => {
    const id = node.attributes?.['id'] ?? '';
    if (!id) report(node, `A term override in paragraph ${n} names no term. Write ${how}{id=TERM-ID} (or id=${NO_TERM} to leave it unmarked).`);
    else if (termIds && id !== NO_TERM && !termIds.has(id)) report(node, `Unknown term "${id}" in paragraph ${n}. Use the id of a file in content/terms/ (or id=${NO_TERM}).`);
    return id;
  };
  for (const child of gloss.children) {
    if (child.type === 'leafDirective' && child.name === NOTE) {
      if (toString(child).trim() === '') report(child, `Empty translator's note in paragraph ${n}. Write ::note[your note].`);
      reportHtml(child, `a translator's note of paragraph ${n}`, GLOSS_INSTEAD, report);
      checkInline(child, n, report, checkTerm);
      notes.push(child);
    } else if (child.type === 'leafDirective' && child.name === TERM) {
      const target = toString(child);
      const id = checkTerm(child, '::term[…]');
      if (!foldArabicText(toString(arabic)).includes(foldArabicText(target)) || target.trim() === '') {
        report(child, `The term override "${target}" does not occur in Arabic paragraph ${n}. Copy the words exactly as they stand in the paragraph.`);
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
      report(child, `${unexpected(child)} Inside a gloss use plain paragraphs (one line per sentence) and ::note[…], ::term[…], ::split[…] and ::join[…] lines.`);
    }
  }
  let segments: Segment[] = [];
  if (!text.some((p) => toString(p).trim() !== '')) {
    report(gloss, `The gloss of paragraph ${n} is empty. Write the English translation inside the :::gloss block.`);
  } else {
    const original = toString(arabic);
    segments = alignSegments(original, arabicBreaks(original, sentenceOverrides, n, report), glossLines(text, n, report), n, gloss, report);
  }
  return { n, speaker, arabic, gloss: { ...gloss, children: text }, notes, overrides, segments };
}

/** Inline directives in a gloss mark a span's language (`:ar[السراء والضراء]`) or its term (`:term[the Party]{id=…}`). */
function checkInline(node: Paragraph | LeafDirective, n: number, report: Report, checkTerm: (node: TextDirective, how: string) => void) {
  for (const inline of node.children) {
    if (inline.type === 'textDirective' && inline.name === TERM) {
      checkTerm(inline, ':term[…]');
    } else if (inline.type === 'textDirective' && inline.name === SENTENCES && node.type === 'paragraph') {
      continue; // a line's sentence count: read by glossLines
    } else if (inline.type === 'textDirective' && !isLanguageCode(inline.name)) {
      report(
        inline,
        `Unknown inline directive ":${inline.name}" in the gloss of paragraph ${n}. Mark a quoted span's language with :${languageCodes[0]}[…] or a term with :term[…]{id=…}, or write the text without a colon before the word.`,
      );
    }
  }
}

const GLOSS_INSTEAD = 'Remove the tag and write plain text: mark quoted Arabic with :ar[…] and a term with :term[…]{id=…}.';

/**
 * Reports every piece of raw HTML (tag or comment) inside `node`; true when there was any.
 * Pages and exports must never carry markup from a content file: not even inline, where
 * CommonMark lets `<img …>` or `<!-- … -->` sit in the middle of a paragraph.
 */
function reportHtml(node: RootContent, where: string, instead: string, report: Report): boolean {
  let found = false;
  visit(node, 'html', (html) => {
    found = true;
    report(html, `Raw HTML ${quoteMarkup(html.value)} in ${where}. ${instead}`);
  });
  return found;
}

function quoteMarkup(value: string): string {
  const first = value.trim().split('\n')[0] ?? '';
  return `"${first.length > 40 ? `${first.slice(0, 40)}…` : first}"`;
}

function placeholderPair(n: number, arabic: Paragraph): Pair {
  return { n, speaker: '', arabic, gloss: { type: 'containerDirective', name: GLOSS, children: [] }, notes: [], overrides: [], segments: [] };
}

function unexpected(node: RootContent | ContainerDirective['children'][number]): string {
  switch (node.type) {
    case 'html':
      return `Raw HTML ${quoteMarkup(node.value)} is not allowed in a readout. Remove it; write plain text.`;
    case 'heading':
      return `Headings are not part of a readout body; the title lives in the front-matter. ${HOW_TO}`;
    case 'containerDirective':
    case 'leafDirective':
    case 'textDirective':
      return `Unknown directive "${node.name}". ${HOW_TO}`;
    default:
      return `Unexpected ${node.type}. ${HOW_TO}`;
  }
}
