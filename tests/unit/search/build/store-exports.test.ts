import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { differingExport, exportDigests, exportsFromStore } from '../../../../src/lib/search/build/store-exports.ts';
import type { ReadoutJson } from '../../../../src/lib/readout/json.ts';

const work = mkdtempSync(join(tmpdir(), 'bayan-store-exports-'));
afterAll(() => rmSync(work, { recursive: true }));

const data = {
  lang: 'ar',
  dir: 'rtl',
  title: { ar: 'عنوان', en: 'Title' },
  date: '2021-12-15',
  participants: [{ id: 'xi-jinping', name: { ar: 'شي جينبينغ', en: 'Xi Jinping' } }],
  source: { publisher: { ar: 'ناشر', en: 'Publisher' } },
  summary: { en: 'Summary', ar: 'ملخص' },
  gloss: { translator: 'T', revised: '2021-12-16' },
};
const pair = {
  n: 1,
  speaker: 'xi-jinping',
  original: 'قال شي. وأضاف.',
  gloss: 'Xi said. He added.',
  notes: [],
  terms: [],
  marks: { original: [], gloss: [] },
  segments: [
    { original: { start: 0, end: 7 }, gloss: { start: 0, end: 8 }, speaker: 'xi-jinping' },
    { original: { start: 8, end: 15 }, gloss: { start: 9, end: 18 }, speaker: 'xi-jinping' },
  ],
};

/** A content store as Astro saves it (devalue), holding these readout entries. */
function store(name: string, readouts: Map<string, unknown> | undefined) {
  const file = join(work, name);
  const collections = new Map<string, unknown>([['terms', new Map()]]);
  if (readouts) collections.set('readouts', readouts);
  writeFileSync(file, stringify(collections));
  return file;
}

const entry = (pairs: unknown[] | undefined) => ({
  id: 'x',
  data,
  body: '',
  rendered: { html: '', metadata: { frontmatter: { ...data, ...(pairs && { pairs }) } } },
});

describe('the exports made from the content store', () => {
  it('are the JSON export of each readout, its links under the site and base path', () => {
    const file = store('store.json', new Map([['x', entry([pair])]]));
    const exports = exportsFromStore(file, new URL('https://example.org'), '/bayan');
    expect([...exports.keys()]).toEqual(['readouts/x.json']);
    const text = exports.get('readouts/x.json')!;
    // Written as the export route writes it: two-space indents.
    expect(text).toMatch(/^\{\n {2}"slug": "x",\n {2}"url": "https:\/\/example.org\/bayan\/readouts\/x\/",/);
    const json = JSON.parse(text) as ReadoutJson;
    expect(json.paragraphs[0]!.speaker).toEqual({ id: 'xi-jinping', name: 'Xi Jinping' });
    expect(json.paragraphs[0]!.segments.map((s) => [s.text['ar'], s.text['en'], s.permalink])).toEqual([
      ['قال شي.', 'Xi said.', 'https://example.org/bayan/readouts/x/#p-1.1'],
      ['وأضاف.', 'He added.', 'https://example.org/bayan/readouts/x/#p-1.2'],
    ]);
  });

  it('are refused from a store of another shape, by name', () => {
    expect(() => exportsFromStore(store('none.json', undefined), new URL('https://example.org'), '/')).toThrow(
      /none\.json holds no "readouts" collection/,
    );
    expect(() =>
      exportsFromStore(store('bare.json', new Map([['x', entry(undefined)]])), new URL('https://example.org'), '/'),
    ).toThrow(/bare\.json: readout x has no rendered pairs/);
  });
});

describe('the exports the build wrote, against those the index was made from', () => {
  const dist = join(work, 'dist');
  mkdirSync(join(dist, 'readouts'), { recursive: true });
  const made = new Map([
    ['readouts/a.json', '{"a":1}'],
    ['readouts/b.json', '{"b":2}'],
  ]);
  const write = (files: Record<string, string>) => {
    rmSync(join(dist, 'readouts'), { recursive: true });
    mkdirSync(join(dist, 'readouts'));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dist, file), text);
  };

  it('agree when the build wrote the same files', () => {
    write(Object.fromEntries(made));
    expect(differingExport(dist, exportDigests(made))).toBeUndefined();
  });

  it('differ, by name, when a file is extra, missing or changed', () => {
    write({ ...Object.fromEntries(made), 'readouts/c.json': '{}' });
    expect(differingExport(dist, exportDigests(made))).toBe(
      'the build wrote readouts/c.json, which the store does not hold',
    );
    write({ 'readouts/a.json': '{"a":1}' });
    expect(differingExport(dist, exportDigests(made))).toBe('the build did not write readouts/b.json');
    write({ 'readouts/a.json': '{"a":1}', 'readouts/b.json': '{"b":3}' });
    expect(differingExport(dist, exportDigests(made))).toBe('the build wrote readouts/b.json otherwise');
  });
});
