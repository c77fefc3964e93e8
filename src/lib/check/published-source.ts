/**
 * A readout's original text is stored verbatim. When the text as published is kept beside it,
 * `content/sources/<slug>.<lang>.txt` (one paragraph a line), every paragraph of the readout must
 * equal the source's paragraph of the same number, character for character: one changed letter
 * (الرئيسان → الرئيسين) would publish a text that is no longer the one published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codePointOf } from '../language/code-points.ts';
import type { Problem } from '../readout/body.ts';

export const SOURCES_DIR = process.env['BAYAN_SOURCES_DIR'] ?? './content/sources';

export interface PublishedSource {
  file: string;
  text: string;
}

/** The published source of a readout, if one is kept. */
export function publishedSourceOf(slug: string, lang: string): PublishedSource | undefined {
  const file = join(SOURCES_DIR, `${slug}.${lang}.txt`);
  return existsSync(file) ? { file, text: readFileSync(file, 'utf8') } : undefined;
}

/** A readout paragraph as stored: its number, its text and where that text starts in the file. */
export interface StoredParagraph {
  n: number;
  text: string;
  line: number;
  column: number;
}

/** The source's paragraphs: its non-empty lines, without a Windows line end, with their line numbers. */
export function sourceParagraphs(text: string): { text: string; line: number }[] {
  return text
    .split('\n')
    .map((line, index) => ({ text: line.replace(/\r$/, ''), line: index + 1 }))
    .filter((paragraph) => paragraph.text !== '');
}

export function publishedSourceProblems(paragraphs: readonly StoredParagraph[], source: PublishedSource): Problem[] {
  const expected = sourceParagraphs(source.text);
  const problems: Problem[] = [];
  for (const paragraph of paragraphs) {
    const published = expected[paragraph.n - 1]?.text;
    if (published === undefined || published === paragraph.text) continue;
    const at = firstDifference(paragraph.text, published);
    const { line, column } = positionIn(paragraph, at);
    problems.push({
      line,
      column,
      message:
        `Arabic paragraph ${paragraph.n} differs from the published text (${source.file}, line ${expected[paragraph.n - 1]!.line}) at character ${at + 1}: ` +
        `the source has ${describe(published, at)}, this file has ${describe(paragraph.text, at)}. Copy the paragraph from the source exactly.`,
    });
  }
  const last = paragraphs.at(-1);
  if (last && paragraphs.length !== expected.length) {
    problems.push({
      line: last.line,
      column: 1,
      message: `The readout has ${paragraphs.length} Arabic paragraph(s); its published text ${source.file} has ${expected.length}. Each line of the source is one paragraph: add or remove paragraphs until they match.`,
    });
  }
  return problems;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The character at `at` with its code point and a few characters of context, or the end of the text. */
function describe(text: string, at: number): string {
  const char = text[at];
  if (char === undefined) return `nothing (the paragraph ends after «${text.slice(Math.max(0, at - 12))}»)`;
  return `"${char}" (${codePointOf(char)}) in «${text.slice(Math.max(0, at - 12), at + 12)}»`;
}

/** The file position of character `at` of a stored paragraph (its text may run over several lines). */
function positionIn(paragraph: StoredParagraph, at: number): { line: number; column: number } {
  const before = paragraph.text.slice(0, at).split('\n');
  const line = paragraph.line + before.length - 1;
  const column = before.length === 1 ? paragraph.column + at : before.at(-1)!.length + 1;
  return { line, column };
}
