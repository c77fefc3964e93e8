/**
 * A gloss read as lines: each line of the English is one segment and renders one Arabic sentence,
 * or N of them when it starts with `:sentences[N]`. A line that opens with `:speaker[id]` is spoken
 * by that speaker rather than the gloss's (a sentence of narration inside a paragraph of speech).
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Report } from './body-markup.ts';

export const SENTENCES = 'sentences';
export const SPEAKER = 'speaker';

/** One line of the gloss, ready to render: its inline nodes (markers removed), its gloss paragraph, how many Arabic sentences it renders, and its own speaker if it names one. */
export interface GlossLine {
  nodes: PhrasingContent[];
  paragraph: number;
  covers: number;
  line: number;
  /** Set by `:speaker[id]`: who speaks this line, when not the gloss's speaker. */
  speaker?: string;
}

/** The gloss paragraphs as lines: a soft line break (or a hard one) ends a segment. */
export function glossLines(
  paragraphs: readonly Paragraph[],
  n: number,
  report: Report,
  speakers: readonly string[] = [],
): GlossLine[] {
  const lines: GlossLine[] = [];
  paragraphs.forEach((paragraph, index) => {
    let line = paragraph.position?.start.line ?? 1;
    let current: PhrasingContent[] = [];
    const flush = () => {
      lines.push(readLine(trimEdges(current), index, line++, n, report, speakers));
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

function readLine(
  nodes: PhrasingContent[],
  paragraph: number,
  line: number,
  n: number,
  report: Report,
  speakers: readonly string[],
): GlossLine {
  let covers = 1;
  let speaker: string | undefined;
  const head = nodes[0];
  // The markers open the line, each at most once, in either order.
  for (let marker = nodes[0]; marker?.type === 'textDirective'; marker = nodes[0]) {
    if (marker.name === SENTENCES && covers === 1) {
      const count = Number(toString(marker));
      if (!Number.isInteger(count) || count < 2) {
        report(
          marker,
          `:sentences[${toString(marker)}] in the gloss of paragraph ${n} must give a whole number of Arabic sentences, 2 or more (one is the default).`,
          line,
        );
        covers = 0; // reported; counted as one below
      } else covers = count;
    } else if (marker.name === SPEAKER && speaker === undefined) {
      speaker = toString(marker).trim();
      if (speakers.length > 0 && !speakers.includes(speaker)) {
        report(
          marker,
          `Unknown speaker "${speaker}" in :speaker[…] in the gloss of paragraph ${n}. Use one of: ${speakers.join(', ')} (participants are listed in the front-matter).`,
          line,
        );
      }
    } else break;
    nodes = trimEdges(nodes.slice(1));
  }
  if (covers === 0) covers = 1;
  for (const node of nodes) {
    if (node.type === 'textDirective' && node.name === SENTENCES) {
      report(
        node,
        `:sentences[…] must open its line in the gloss of paragraph ${n}: it says how many Arabic sentences that whole line renders.`,
        line,
      );
    } else if (node.type === 'textDirective' && node.name === SPEAKER) {
      report(
        node,
        `:speaker[…] must open its line in the gloss of paragraph ${n}: it names who speaks that whole line.`,
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
  return speaker === undefined ? { nodes, paragraph, covers, line } : { nodes, paragraph, covers, line, speaker };
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
