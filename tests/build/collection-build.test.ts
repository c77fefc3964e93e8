import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Facets, ParagraphMap } from '../../src/lib/search/map.ts';
import type { ShownParagraph } from '../../src/lib/search/types.ts';
import { run } from '../helpers/run.ts';
import { astroBuild } from '../helpers/astro-build.ts';

/**
 * A second readout needs no code change: build the site from a folder holding
 * the real readout plus a fixture readout in a year subfolder.
 */
describe('a collection of two readouts', () => {
  const work = mkdtempSync(join(tmpdir(), 'bayan-collection-'));
  const content = join(work, 'readouts');
  const dist = join(work, 'dist');
  let build: ReturnType<typeof run>;

  beforeAll(() => {
    cpSync('content/readouts', content, { recursive: true });
    cpSync('tests/fixtures/collection', content, { recursive: true });
    build = astroBuild(['--outDir', dist], {
      BAYAN_READOUTS_DIR: content,
      BAYAN_CACHE_DIR: join(work, 'cache'),
    });
  });

  it('builds a reading page for each file', () => {
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    const fixture = readFileSync(join(dist, 'readouts/test-readout-2022-02-04/index.html'), 'utf8');
    expect(fixture).toContain('<section id="p-2" class="pair"');
    expect(fixture).toContain('A test readout');
    expect(readFileSync(join(dist, 'readouts/xi-putin-2021-12-15/index.html'), 'utf8')).toContain(
      '<section id="p-18" class="pair"',
    );
  });

  it('indexes both for search: one record each, every paragraph mapped and its result text written', () => {
    const read = <T>(path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
    const map = read<ParagraphMap>('search/map.json');
    const facets = read<Facets>('search/facets.json');
    const pages = Object.keys(map.layouts);
    expect(pages).toHaveLength(2);
    expect(map.paragraphs).toBe(20);
    const slugOf = (page: string) => read<ShownParagraph>(`search/p/${page}/1.json`).slug;
    const fixture = pages.find((page) => slugOf(page) === 'test-readout-2022-02-04')!;
    const real = pages.find((page) => slugOf(page) === 'xi-putin-2021-12-15')!;
    expect(map.layouts[real]!.map((classes) => classes.length)).toEqual([18, 18]);
    expect(map.layouts[fixture]!.map((classes) => classes.length)).toEqual([2, 2]);
    expect(facets.readouts[fixture]![0].map((i) => facets.speakers[i])).toEqual(['Narration', 'Xi Jinping']);
    expect(read<ShownParagraph>(`search/p/${fixture}/2.json`)).toMatchObject({
      original: 'أشار شي جينبينغ إلى "التعاون".',
      english: 'Xi Jinping noted “cooperation”.',
      speaker: { en: 'Xi Jinping', ar: 'شي جينبينغ' },
    });
    // The Arabic search page names the same filter values in Arabic.
    expect(facets.labels?.['ar']?.speaker).toMatchObject({
      Narration: 'السرد',
      'Xi Jinping': 'شي جينبينغ',
      'Vladimir Putin': 'فلاديمير بوتين',
    });
    expect(facets.labels?.['ar']?.kind).toMatchObject({ Person: 'شخص', 'Diplomatic term': 'مصطلح دبلوماسي' });
  });

  it('lists both on the home page, newest first', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const newer = home.indexOf('/readouts/test-readout-2022-02-04/');
    const older = home.indexOf('/readouts/xi-putin-2021-12-15/');
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
  });
});
