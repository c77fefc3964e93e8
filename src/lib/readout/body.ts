/**
 * Reads a readout's Markdown body as aligned pairs: each Arabic paragraph
 * followed by one `:::gloss{speaker=…}` container holding its English gloss.
 *
 * Pure: it reports every problem with its line instead of throwing, so the
 * content checker can list them all and the remark plugin can fail on the first. A gloss block is
 * read by gloss.ts; what a body may not hold is body-markup.ts's.
 */
import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { HOW_TO, reportHtml, unexpected, type Report } from './body-markup.ts';
import { readPair } from './gloss.ts';
import type { Segment } from './segments.ts';

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
export { NO_TERM } from './gloss.ts';

export interface ReadBodyOptions {
  /** The text the tree was parsed from (to check that Markdown changed nothing in the Arabic). */
  source: string;
  /** Speaker ids a gloss may name (`narration` and the participants). */
  speakers: readonly string[];
  /** Glossary ids that `:term`/`::term` overrides may name; unchecked when absent. */
  termIds?: ReadonlySet<string> | undefined;
}

const GLOSS = 'gloss';
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/u;

export function readBody(
  tree: Root,
  { source, speakers, termIds }: ReadBodyOptions,
): { pairs: Pair[]; problems: Problem[] } {
  const pairs: Pair[] = [];
  const problems: Problem[] = [];
  const report: Report = (node, message, line) =>
    problems.push({
      line: line ?? node.position?.start.line ?? 1,
      column: line === undefined ? (node.position?.start.column ?? 1) : 1,
      message,
    });

  let pending: Paragraph | undefined;
  let previousGloss: ContainerDirective | undefined;

  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      if (pending) {
        report(
          pending,
          `Arabic paragraph ${pairs.length + 1} has no English gloss. Add a :::gloss{speaker=…} block right after it.`,
        );
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
  if (pending)
    report(
      pending,
      `Arabic paragraph ${pairs.length + 1} has no English gloss. Add a :::gloss{speaker=…} block right after it.`,
    );
  if (pairs.length === 0 && problems.length === 0) report(tree, `The readout has no paragraphs. ${HOW_TO}`);
  return { pairs, problems };
}

function checkArabic(node: Paragraph, n: number, source: string, report: Report) {
  const text = toString(node);
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (
    reportHtml(
      node,
      `Arabic paragraph ${n}`,
      'The Arabic is stored exactly as published, as plain text: remove the tag.',
      report,
    )
  )
    return;
  if (!ARABIC_LETTER.test(text)) {
    report(node, `Paragraph ${n} is empty or has no Arabic text. Put the Arabic paragraph here, or remove the line.`);
  } else if (start !== undefined && end !== undefined && source.slice(start, end) !== text) {
    // Markdown syntax (emphasis, links, escapes, HTML) would silently change the verbatim source.
    report(
      node,
      `Markdown syntax changes the text of Arabic paragraph ${n}. Store the Arabic exactly as published, without Markdown markup (*, _, [ ], <, \\).`,
    );
  }
}

function placeholderPair(n: number, arabic: Paragraph): Pair {
  return {
    n,
    speaker: '',
    arabic,
    gloss: { type: 'containerDirective', name: GLOSS, children: [] },
    notes: [],
    overrides: [],
    segments: [],
  };
}
