/**
 * Sentence alignment inside a pair: which Arabic sentences each line of the
 * English gloss renders.
 *
 * - The Arabic is split by the sentence rule (src/lib/readout/sentences.ts), corrected by
 *   `::split[words]` (a sentence starts at these words) and `::join[words]` (the
 *   break the rule found inside these words is not one) lines in the gloss block.
 * - Each line of the gloss is one segment and renders one Arabic sentence. A line
 *   may hold several English sentences (one-to-many). A line that renders more than
 *   one Arabic sentence starts with `:sentences[N]` (many-to-one).
 * Segments are numbered from 1 within their paragraph: `#p-15.7`.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { foldArabic } from '../language/arabic.ts';
import { sentenceBreaks, spansBetween, type Span } from './sentences.ts';

export const SPLIT = 'split';
export const JOIN = 'join';
export const SENTENCES = 'sentences';

/** One line of the gloss, ready to render: its inline nodes (marker removed), its gloss paragraph, and how many Arabic sentences it renders. */
export interface GlossLine {
  nodes: PhrasingContent[];
  paragraph: number;
  covers: number;
  line: number;
}

export interface Segment {
  /** Offsets of the segment's Arabic in the paragraph's text. */
  arabic: Span;
  gloss: GlossLine;
}

type Report = (node: { position?: Paragraph['position'] }, message: string, line?: number) => void;

/** The Arabic sentence breaks after overrides, reporting overrides that point at nothing. */
export function arabicBreaks(text: string, overrides: readonly LeafDirective[], n: number, report: Report): number[] {
  const breaks = new Set(sentenceBreaks(text));
  const folded = foldArabic(text);
  for (const override of overrides) {
    const words = toString(override);
    const at = findOnce(folded, words);
    const how = override.name === SPLIT ? `::split[…] names the words a sentence starts with` : `::join[…] names words that hold a break the rule found`;
    if (words.trim() === '' || at === 'missing') {
      report(override, `The override ::${override.name}[${words}] does not occur in Arabic paragraph ${n}. ${how}; copy them exactly as they stand in the paragraph.`);
    } else if (at === 'ambiguous') {
      report(override, `The override ::${override.name}[${words}] occurs more than once in Arabic paragraph ${n}. Quote more words, so that it points at one place.`);
    } else if (override.name === SPLIT) {
      if (breaks.has(at.start) || at.start === 0) report(override, `::split[${words}] points at a sentence that already starts there in paragraph ${n}. Remove the line.`);
      breaks.add(at.start);
    } else {
      const inside = [...breaks].filter((b) => b > at.start && (b <= at.end || text.slice(at.end, b).trim() === ''));
      if (inside.length === 0) report(override, `::join[${words}] holds no sentence break in paragraph ${n}. Quote the words on both sides of the full stop, or remove the line.`);
      for (const b of inside) breaks.delete(b);
    }
  }
  return [...breaks].sort((a, b) => a - b);
}

function findOnce(folded: ReturnType<typeof foldArabic>, words: string): Span | 'missing' | 'ambiguous' {
  const needle = foldArabic(words.trim()).text;
  if (!needle) return 'missing';
  const first = folded.text.indexOf(needle);
  if (first < 0) return 'missing';
  if (folded.text.indexOf(needle, first + 1) >= 0) return 'ambiguous';
  return { start: folded.map[first]!, end: folded.map[first + needle.length]! };
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
      report(head, `:sentences[${toString(head)}] in the gloss of paragraph ${n} must give a whole number of Arabic sentences, 2 or more (one is the default).`, line);
    } else covers = count;
    nodes = trimEdges(rest);
  }
  for (const node of nodes) {
    if (node.type === 'textDirective' && node.name === SENTENCES) {
      report(node, `:sentences[…] must open its line in the gloss of paragraph ${n}: it says how many Arabic sentences that whole line renders.`, line);
    }
  }
  if (!/[\p{L}\p{N}]/u.test(nodes.map((node) => toString(node)).join(''))) {
    report(nodes[0] ?? head ?? {}, `Empty segment in the gloss of paragraph ${n} (line ${line}). Each line of a gloss is the English of one Arabic sentence: write it, or remove the line.`, line);
  }
  return { nodes, paragraph, covers, line };
}

/** Pairs gloss lines with Arabic sentences; reports a count that does not add up. */
export function alignSegments(text: string, breaks: readonly number[], lines: readonly GlossLine[], n: number, gloss: { position?: Paragraph['position'] }, report: Report): Segment[] {
  const sentences = spansBetween(text, breaks);
  const rendered = lines.reduce((sum, l) => sum + l.covers, 0);
  if (rendered !== sentences.length) {
    const list = sentences.map((s, i) => `${i + 1}. ${opening(text.slice(s.start, s.end))}`).join(' ');
    report(
      gloss,
      `Paragraph ${n} has ${sentences.length} Arabic sentence(s) but its gloss renders ${rendered} (${lines.length} line(s)). Write one line of English per Arabic sentence (start a line with :sentences[N] when it renders N of them), or correct the Arabic breaks with ::split[…] / ::join[…]. The Arabic sentences start: ${list}`,
    );
    return [];
  }
  let next = 0;
  return lines.map((gloss) => {
    const from = sentences[next]!;
    const to = sentences[next + gloss.covers - 1]!;
    next += gloss.covers;
    return { arabic: { start: from.start, end: to.end }, gloss };
  });
}

const opening = (sentence: string) => {
  const words = sentence.split(/\s+/u);
  return `“${words.slice(0, 4).join(' ')}${words.length > 4 ? ' …' : ''}”`;
};

/** Drops white space at the line's two ends (the line break's neighbours). */
function trimEdges(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}
