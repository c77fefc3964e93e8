/**
 * The examples in README.md and docs/*.md cannot drift from the formats they show.
 *
 * A fenced block that shows a content or export format is marked by an HTML comment on the line
 * right before its fence:
 *
 *   <!-- example: readout -->        a whole readout file: checked by `npm run check:content`
 *   <!-- example: readout-body -->   Arabic paragraphs and their glosses: checked the same way, under
 *                                    the front-matter of the last whole readout shown before it in the
 *                                    same file (or the test fixture's: speakers narration and xi-jinping)
 *   <!-- example: term ID -->        a glossary entry (content/terms/ID.yaml, ID optional): checked
 *                                    by `npm run check:content` beside the real glossary
 *   <!-- example: export-json -->    the readout JSON export: validated by its zod schema and, when
 *                                    the site is built, compared key by key with the real export
 *   <!-- example: readout-broken --> a readout (or a body, as above) with mistakes, followed by a block,
 *   <!-- example: term-broken ID -->  a glossary entry with mistakes (or lines added to the last entry
 *                                    shown before it in the same file), followed likewise
 *   <!-- example: check-output -->   which must be exactly what the check prints for the block before it
 *
 * A fenced yaml, json or markdown block that looks like one of these formats but carries no marker
 * fails the test, so a new example cannot slip past it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readoutExportSchema } from '../../src/schemas/export.ts';
import { FRONTMATTER } from '../helpers/readouts.ts';
import { CHECK_CONTENT, run, tempFiles } from '../helpers/run.ts';

const KINDS = [
  'readout',
  'readout-body',
  'term',
  'export-json',
  'readout-broken',
  'term-broken',
  'check-output',
] as const;
type Kind = (typeof KINDS)[number];

interface Block {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  text: string;
  kind?: Kind;
  /** What follows the kind in the marker (a term's id). */
  arg?: string;
}

const DOCS = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join('docs', f)),
];

/** Every fenced block of a Markdown file, with the marker on the line before it, if any. */
function fencedBlocks(file: string, source: string): Block[] {
  const lines = source.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    let end = i + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence)) end++;
    const indent = /^\s*/.exec(lines[i]!)![0].length;
    const text =
      lines
        .slice(i + 1, end)
        .map((l) => l.slice(Math.min(indent, /^\s*/.exec(l)![0].length)))
        .join('\n') + '\n';
    // The marker stands on the line before the fence, or before the blank line Prettier puts after an HTML comment.
    const before = lines[i - 1]?.trim() === '' ? lines[i - 2] : lines[i - 1];
    const marker = /^\s*<!--\s*example:\s*([\w-]+)(?:\s+([\w./-]+))?\s*-->\s*$/.exec(before ?? '');
    const block: Block = { file, line: i + 1, lang: open[2]!.toLowerCase(), text };
    if (marker) {
      if (!(KINDS as readonly string[]).includes(marker[1]!))
        throw new Error(`${file}:${i}: unknown example kind "${marker[1]}" (one of ${KINDS.join(', ')})`);
      block.kind = marker[1] as Kind;
      if (marker[2]) block.arg = marker[2];
    }
    blocks.push(block);
    i = end;
  }
  return blocks;
}

/** Whether an unmarked block looks like a readout, a glossary entry or an export. */
function looksLikeFormat(block: Block): boolean {
  if (!['yaml', 'yml', 'json', 'jsonc', 'json5', 'markdown', 'md', ''].includes(block.lang)) return false;
  const t = block.text;
  return (
    /^---\n[\s\S]*^(?:title|lang|dir|participants|gloss):/m.test(t) ||
    /^:::gloss\b/m.test(t) ||
    /"(?:paragraphs|segments|permalink)"\s*:/.test(t) ||
    (/^kind:/m.test(t) && /^(?:name|forms|note):/m.test(t))
  );
}

const blocks = DOCS.flatMap((file) => fencedBlocks(file, readFileSync(file, 'utf8')));
const where = (b: Block) => `${b.file}:${b.line}`;
const ofKind = (kind: Kind) => blocks.filter((b) => b.kind === kind);

/** A whole readout file: the block itself, or a body under the last whole readout's front-matter before it. */
function wholeReadout(b: Block): string {
  if (b.text.startsWith('---\n')) return b.text;
  const before = blocks
    .slice(0, blocks.indexOf(b))
    .filter((o) => o.file === b.file && o.kind === 'readout')
    .at(-1);
  const frontmatter = before ? before.text.slice(0, before.text.indexOf('\n---\n', 4) + '\n---\n'.length) : FRONTMATTER;
  return `${frontmatter}${b.text}`;
}

/** Runs the real content check over `readouts` (file → text) and the glossary with `terms` added. */
function checkContent(readouts: Record<string, string>, terms: Record<string, string> = {}) {
  const realTerms = Object.fromEntries(
    readdirSync('content/terms').map((f) => [f, readFileSync(join('content/terms', f), 'utf8')]),
  );
  const readoutsDir = Object.keys(readouts).length ? tempFiles('bayan-docs-readouts-', readouts) : 'content/readouts';
  const termsDir = tempFiles('bayan-docs-terms-', { ...realTerms, ...terms });
  const result = run([CHECK_CONTENT], { BAYAN_READOUTS_DIR: readoutsDir, BAYAN_TERMS_DIR: termsDir });
  // The check names files by their path from here (relative, so it depends on where the clone is);
  // the docs name them where they would be.
  const output = (result.stdout + result.stderr)
    .replaceAll(`${relative('.', readoutsDir)}/`, 'content/readouts/')
    .replaceAll(`${relative('.', termsDir)}/`, 'content/terms/');
  return { status: result.status, output };
}

/** The shape of a JSON value: keys and value types, arrays by their first item. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shapeOf((value as Record<string, unknown>)[k])]),
    );
  return typeof value;
}

/** A whole glossary entry: the block itself, or lines added to the last entry shown before it. */
function wholeTerm(b: Block): string {
  if (/^kind:/m.test(b.text)) return b.text;
  const before = blocks
    .slice(0, blocks.indexOf(b))
    .filter((o) => o.file === b.file && o.kind === 'term')
    .at(-1);
  if (!before) throw new Error(`${where(b)}: no glossary entry before it to add these lines to`);
  return before.text + b.text;
}

/** The block marked check-output right after `b`: what the check must print. */
function expectedOutput(b: Block): string {
  const next = blocks[blocks.indexOf(b) + 1];
  expect(next?.kind, `${where(b)}: follow it with a block marked <!-- example: check-output -->`).toBe('check-output');
  return next!.text.trim();
}

describe('examples in the README and docs/', () => {
  it('finds the marked examples', () => {
    expect(ofKind('readout').length, 'a whole readout file').toBeGreaterThan(0);
    expect(ofKind('term').length, 'a glossary entry').toBeGreaterThan(0);
    expect(ofKind('export-json').length, 'the JSON export').toBeGreaterThan(0);
  });

  it('marks every block that shows a content or export format', () => {
    const unmarked = blocks.filter((b) => !b.kind && looksLikeFormat(b)).map(where);
    expect(unmarked, 'mark each with <!-- example: KIND --> just before its fence').toEqual([]);
  });

  it.each(ofKind('readout').map((b) => [where(b), b] as const))('readout at %s passes the content check', (_, b) => {
    const result = checkContent({ [`${b.arg ?? 'docs-example'}.md`]: b.text });
    expect(result.output).toMatch(/^Content OK: 1 readout/);
    expect(result.status).toBe(0);
  });

  it.each(ofKind('readout-body').map((b) => [where(b), b] as const))(
    'readout body at %s passes the content check',
    (_, b) => {
      const result = checkContent({ 'docs-example.md': wholeReadout(b) });
      expect(result.output).toMatch(/^Content OK: 1 readout/);
      expect(result.status).toBe(0);
    },
  );

  it.each(ofKind('term').map((b) => [where(b), b] as const))(
    'glossary entry at %s passes the content check',
    (_, b) => {
      const result = checkContent({}, { [`${b.arg ?? 'docs-example'}.yaml`]: b.text });
      expect(result.output).toMatch(/^Content OK: \d+ readout\(s\) and \d+ glossary entries/);
      expect(result.status).toBe(0);
    },
  );

  it.each(ofKind('readout-broken').map((b) => [where(b), b] as const))(
    'broken readout at %s prints what the next block shows',
    (_, b) => {
      const expected = expectedOutput(b);
      const result = checkContent({ [`${b.arg ?? 'x'}.md`]: wholeReadout(b) });
      expect(result.status).toBe(1);
      expect(result.output.trim()).toBe(expected);
    },
  );

  it.each(ofKind('term-broken').map((b) => [where(b), b] as const))(
    'broken glossary entry at %s prints what the next block shows',
    (_, b) => {
      const expected = expectedOutput(b);
      const result = checkContent({}, { [`${b.arg ?? 'x'}.yaml`]: wholeTerm(b) });
      expect(result.status).toBe(1);
      expect(result.output.trim()).toBe(expected);
    },
  );

  it('follows every check-output block with nothing but a broken example before it', () => {
    const orphans = ofKind('check-output')
      .filter((b) => !['readout-broken', 'term-broken'].includes(blocks[blocks.indexOf(b) - 1]?.kind ?? ''))
      .map(where);
    expect(orphans).toEqual([]);
  });

  it.each(ofKind('export-json').map((b) => [where(b), b] as const))(
    'JSON export at %s matches the export schema and the built file',
    (_, b) => {
      const example: unknown = JSON.parse(b.text);
      const parsed = readoutExportSchema.safeParse(example);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const built = 'dist/readouts/xi-putin-2021-12-15.json';
      if (existsSync(built)) {
        const real: unknown = JSON.parse(readFileSync(built, 'utf8'));
        // The source's url is optional in the schema; compare the rest key by key.
        expect(shapeOf(example)).toEqual(shapeOf(real));
      }
    },
  );
});
