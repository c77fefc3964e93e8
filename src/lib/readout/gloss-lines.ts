/**
 * A gloss read as lines: each line of the English is one segment and renders one Arabic sentence,
 * or N of them when it starts with `:sentences[N]`.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Report } from './body-markup.ts';

export const SENTENCES = 'sentences';

/** One line of the gloss, ready to render: its inline nodes (marker removed), its gloss paragraph, and how many Arabic sentences it renders. */
export interface GlossLine {
  nodes: PhrasingContent[];
  paragraph: number;
  covers: number;
  line: number;
}

/** The gloss paragraphs as lines: a soft line break (or a hard one) ends a segment. */
export function glossLines(paragraphs: readonly Paragraph[], n: number, report: Report): GlossLine[] {
  const lines: GlossLine[] = [];
  paragraphs.forEach((paragraph, index) => {
    let line = paragraph.position?.start.line ?? 1;
    let current: PhrasingContent[] = [];
    const flush = () => {
      lines.push(readLine(trimEdges(current), index, line++, n, report));
      current = [];
    };
    for (const node of paragraph.children) {
      if (node.type === 'break') {
        flush();
      } else if (node.type === 'text' && node.value.includes('\n')) {
        const parts = node.value.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) flush();
          if (part) current.push({ type: 'text', value: part });
        });
      } else {
        current.push(node);
      }
    }
    flush();
  });
  return lines;
}

function readLine(nodes: PhrasingContent[], paragraph: number, line: number, n: number, report: Report): GlossLine {
  let covers = 1;
  const [head, ...rest] = nodes;
  if (head?.type === 'textDirective' && head.name === SENTENCES) {
    const count = Number(toString(head));
    if (!Number.isInteger(count) || count < 2) {
      report(
        head,
        `:sentences[${toString(head)}] in the gloss of paragraph ${n} must give a whole number of Arabic sentences, 2 or more (one is the default).`,
        line,
      );
    } else covers = count;
    nodes = trimEdges(rest);
  }
  for (const node of nodes) {
    if (node.type === 'textDirective' && node.name === SENTENCES) {
      report(
        node,
        `:sentences[…] must open its line in the gloss of paragraph ${n}: it says how many Arabic sentences that whole line renders.`,
        line,
      );
    }
  }
  if (!/[\p{L}\p{N}]/u.test(nodes.map((node) => toString(node)).join(''))) {
    report(
      nodes[0] ?? head ?? {},
      `Empty segment in the gloss of paragraph ${n} (line ${line}). Each line of a gloss is the English of one Arabic sentence: write it, or remove the line.`,
      line,
    );
  }
  return { nodes, paragraph, covers, line };
}

/** Drops white space at the line's two ends (the line break's neighbours). */
function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}
