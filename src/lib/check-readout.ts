/**
 * Checks readout files before Astro sees them and says, for each problem, the
 * file, the line and what to fix — the same rules the site build applies
 * (front-matter schema, aligned pairs), but all problems at once and with
 * front-matter line numbers, which Astro's own schema errors lack.
 */
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { allowedSpeakers, readoutSchema } from '../schemas/readout.ts';
import { readBody, type Problem } from './readout-body.ts';
import { SLUG_SHAPE, slugOf } from './readout-files.ts';

export interface FileProblem extends Problem {
  file: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** All problems of one readout file, in line order. */
export function checkReadout(file: string, text: string): FileProblem[] {
  const at = (line: number, column: number, message: string): FileProblem => ({ file, line, column, message });
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return [at(1, 1, 'No front-matter. Start the file with a --- block holding lang, dir, title, date, participants, source, summary and gloss (see README, "Adding a readout").')];
  }
  const problems: FileProblem[] = [];
  const yamlText = match[1] ?? '';
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset: number) => lines.linePos(offset);

  // Front-matter starts on line 2 (after the opening ---).
  for (const error of doc.errors) {
    const pos = lineOf(error.pos[0]);
    problems.push(at(pos.line + 1, pos.col, `Front-matter is not valid YAML: ${error.message.split('\n')[0]}`));
  }

  let speakers: string[] = [];
  if (doc.errors.length === 0) {
    const raw: unknown = doc.toJS();
    speakers = speakersIn(raw);
    const result = readoutSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.map(String);
        const { offset, missing } = locate(doc, path);
        const pos = lineOf(offset);
        const name = path.join('.');
        const message = missing
          ? `Front-matter field "${name}" is missing. Add it (see README, "Adding a readout").`
          : `Front-matter field "${name}": ${issue.message}.`;
        problems.push(at(pos.line + 1, pos.col, message));
      }
    }
  }

  // Blank out the front-matter but keep its lines, so body positions are file positions.
  const body = text.slice(0, match[0].length).replace(/[^\n]/g, '') + text.slice(match[0].length);
  const tree = unified().use(remarkParse).use(remarkDirective).parse(body) as Root;
  const { problems: bodyProblems } = readBody(tree, { source: body, speakers });
  // Without a participants list, speaker names cannot be judged; the front-matter problem says why.
  const relevant = speakers.length > 1 ? bodyProblems : bodyProblems.filter((p) => !/speaker/i.test(p.message));
  problems.push(...relevant.map((p) => at(p.line, p.column, p.message)));

  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Problems that only show across files: slugs that clash or that cannot be URLs. */
export function checkCollection(files: readonly string[]): FileProblem[] {
  const problems: FileProblem[] = [];
  const firstBySlug = new Map<string, string>();
  for (const file of files) {
    const slug = slugOf(file);
    if (!SLUG_SHAPE.test(slug)) {
      problems.push({ file, line: 1, column: 1, message: `File name "${slug}" cannot be a URL slug. Rename the file to lower-case letters, digits and hyphens, e.g. xi-putin-2021-12-15.md.` });
    }
    const first = firstBySlug.get(slug);
    if (first) {
      problems.push({ file, line: 1, column: 1, message: `Duplicate slug "${slug}": ${first} has the same file name. Rename one of them; the file name is the readout's URL.` });
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
  const ids = participants.map((p: unknown) => (p as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  return allowedSpeakers({ participants: ids.map((id) => ({ id })) });
}

/** Where in the YAML a schema path points; a missing key points at the first key of its nearest existing parent. */
function locate(doc: Document, path: string[]): { offset: number; missing: boolean } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (!isNode(node) || !node.range) continue;
    const missing = depth < path.length;
    const firstKey = missing && isMap(node) ? node.items[0]?.key : undefined;
    const offset = isNode(firstKey) && firstKey.range ? firstKey.range[0] : node.range[0];
    return { offset, missing };
  }
  return { offset: 0, missing: true };
}
