/**
 * What a readout body may not hold, and how the problems are worded: raw HTML anywhere (pages
 * and exports never carry markup from a content file), and nodes that are no part of a body.
 */
import type { ContainerDirective } from 'mdast-util-directive';
import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

/** Records a problem at a node (or at a given line). */
export type Report = (node: { position?: RootContent['position'] }, message: string, line?: number) => void;

export const HOW_TO =
  'A readout body is a sequence of Arabic paragraphs, each followed by a :::gloss{speaker=…} block with its English translation.';

export const GLOSS_INSTEAD =
  'Remove the tag and write plain text: mark quoted Arabic with :ar[…] and a term with :term[…]{id=…}.';

/**
 * Reports every piece of raw HTML (tag or comment) inside `node`; true when there was any.
 * Pages and exports must never carry markup from a content file: not even inline, where
 * CommonMark lets `<img …>` or `<!-- … -->` sit in the middle of a paragraph.
 */
export function reportHtml(node: RootContent, where: string, instead: string, report: Report): boolean {
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

export function unexpected(node: RootContent | ContainerDirective['children'][number]): string {
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
