/**
 * Checks readout files before Astro sees them and says, for each problem, the
 * file, the line and what to fix — the same rules the site build applies
 * (front-matter schema, aligned pairs), but all problems at once and with
 * front-matter line numbers, which Astro's own schema errors lack.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { recent } from '../build/recent.ts';
import { bidiControlProblems } from './bidi-controls.ts';
import { linkProblems } from './content-links.ts';
import { publishedSourceProblems, type PublishedSource } from './published-source.ts';
import { allowedSpeakers, readoutSchema } from '../../schemas/readout.ts';
import { validateYaml } from './yaml.ts';
import { readBody, type Problem } from '../readout/body.ts';
import { SLUG_SHAPE, slugOf } from '../readout/files.ts';

export interface FileProblem extends Problem {
  file: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * All problems of one readout file, in line order. `termIds`: the glossary that term overrides may name;
 * `publishedSource`: the text as published, when one is kept, which every Arabic paragraph must equal.
 */
export function checkReadout(
  file: string,
  text: string,
  termIds?: ReadonlySet<string>,
  publishedSource?: (slug: string, lang: string) => PublishedSource | undefined,
): FileProblem[] {
  const at = (p: Problem): FileProblem => ({ file, ...p });
  const controls = bidiControlProblems(text).map(at);
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return [
      ...controls,
      at({
        line: 1,
        column: 1,
        message:
          'No front-matter. Start the file with a --- block holding lang, dir, title, date, participants, source, summary and gloss (see README, "Adding a readout").',
      }),
    ];
  }
  const frontmatter = validateYaml(match[1] ?? '', readoutSchema, 'Front-matter', 2);
  const problems = [
    ...controls,
    ...frontmatter.problems.map((p) =>
      at({ ...p, message: p.message.replace('(see README)', '(see README, "Adding a readout")') }),
    ),
  ];
  const speakers = speakersIn(frontmatter.raw);

  const { body, tree } = parseBody(text, match[0].length);
  const read = readBody(tree, { source: body, speakers, ...(termIds ? { termIds } : {}) });
  // Without a participants list, speaker names cannot be judged; the front-matter problem says why.
  const relevant = speakers.length > 1 ? read.problems : read.problems.filter((p) => !/speaker/i.test(p.message));
  problems.push(...relevant.map(at), ...linkProblems(tree).map(at));

  const lang = (frontmatter.raw as { lang?: unknown } | null)?.lang;
  const source = typeof lang === 'string' ? publishedSource?.(slugOf(file), lang) : undefined;
  if (source) {
    const stored = read.pairs.map((p) => ({
      n: p.n,
      text: toString(p.arabic),
      line: p.arabic.position?.start.line ?? 1,
      column: p.arabic.position?.start.column ?? 1,
    }));
    problems.push(...publishedSourceProblems(stored, source).map(at));
  }

  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The body as Markdown, with the front-matter blanked but its lines kept, so positions are file positions. */
function parseBody(text: string, frontmatterLength: number): { body: string; tree: Root } {
  const body = text.slice(0, frontmatterLength).replace(/[^\n]/g, '') + text.slice(frontmatterLength);
  return { body, tree: unified().use(remarkParse).use(remarkDirective).parse(body) as Root };
}

/** The last files' pair lines: the source view of each interface asks for the same file's. */
const recentPairLines = recent<string, { n: number; start: number; end: number }[]>(4);

/** For each pair, the file lines of its Arabic paragraph and of its gloss block (for the source view). */
export function pairLines(text: string): { n: number; start: number; end: number }[] {
  return recentPairLines(text, () => readPairLines(text));
}

function readPairLines(text: string): { n: number; start: number; end: number }[] {
  const match = FRONTMATTER.exec(text);
  const { body, tree } = parseBody(text, match?.[0].length ?? 0);
  return readBody(tree, { source: body, speakers: [] }).pairs.map((p) => ({
    n: p.n,
    start: p.arabic.position?.start.line ?? 1,
    end: p.gloss.position?.end.line ?? p.arabic.position?.end.line ?? 1,
  }));
}

/** Each pair's Arabic paragraph as plain text (what the word study analyses), in order. */
export function arabicParagraphs(text: string): string[] {
  const match = FRONTMATTER.exec(text);
  const { body, tree } = parseBody(text, match?.[0].length ?? 0);
  return readBody(tree, { source: body, speakers: [] }).pairs.map((p) => toString(p.arabic));
}

/** Problems that only show across files: slugs that clash or that cannot be URLs. */
export function checkCollection(files: readonly string[]): FileProblem[] {
  const problems: FileProblem[] = [];
  const firstBySlug = new Map<string, string>();
  for (const file of files) {
    const slug = slugOf(file);
    if (!SLUG_SHAPE.test(slug)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `File name "${slug}" cannot be a URL slug. Rename the file to lower-case letters, digits and hyphens, e.g. xi-putin-2021-12-15.md.`,
      });
    }
    const first = firstBySlug.get(slug);
    if (first) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `Duplicate slug "${slug}": ${first} has the same file name. Rename one of them; the file name is the readout's URL.`,
      });
    } else {
      firstBySlug.set(slug, file);
    }
  }
  return problems;
}

/** The speakers a gloss may name, read leniently so speaker problems show even when other fields are wrong. */
function speakersIn(raw: unknown): string[] {
  const participants = (raw as { participants?: unknown } | null)?.participants;
  if (!Array.isArray(participants)) return [];
  const ids = participants
    .map((p: unknown) => (p as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === 'string');
  return allowedSpeakers({ participants: ids.map((id) => ({ id })) });
}
