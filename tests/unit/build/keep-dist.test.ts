import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestOutputs, publicFiles, pruneDist } from '../../../src/integrations/keep-dist.ts';
import { markBuildStart, writtenFiles } from '../../../src/lib/build/written-files.ts';

/** A dist/ folder: `old` files written before the build started, `fresh` ones after. */
function dist(old: string[], fresh: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-keep-dist-'));
  const write = (file: string, time: Date) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), file);
    utimesSync(join(dir, file), time, time);
  };
  const start = Date.now();
  for (const file of old) write(file, new Date(start - 60_000));
  for (const file of fresh) write(file, new Date(start + 1_000));
  markBuildStart(start);
  return dir;
}

describe('pruneDist', () => {
  it('keeps what this build wrote and the pages the manifest reuses; deletes the rest and the folders it empties', () => {
    const dir = dist(
      ['readouts/kept/index.html', 'readouts/removed/index.html', 'readouts/removed.json', '_astro/old.js'],
      ['index.html', '_astro/new.js'],
    );
    expect(pruneDist(dir, new Set(['readouts/kept/index.html']))).toBe(3);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual([
      '_astro',
      '_astro/new.js',
      'index.html',
      'readouts',
      'readouts/kept',
      'readouts/kept/index.html',
    ]);
  });

  it("keeps public/'s files, which Astro copies with their own (old) times, and prunes one public/ no longer has", () => {
    const dir = dist(['favicon.svg', 'icons/a.png', 'removed.svg'], ['index.html']);
    const publicDir = mkdtempSync(join(tmpdir(), 'bayan-public-'));
    mkdirSync(join(publicDir, 'icons'));
    for (const file of ['favicon.svg', 'icons/a.png']) writeFileSync(join(publicDir, file), file);
    expect(publicFiles(publicDir)).toEqual(new Set(['favicon.svg', 'icons/a.png']));
    expect(pruneDist(dir, publicFiles(publicDir))).toBe(1);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(['favicon.svg', 'icons', 'icons/a.png', 'index.html']);
  });

  it('leaves alone what a later pass keeps itself', () => {
    const dir = dist(['pagefind/old.pf_fragment', 'search/map.json', 'search/old.json'], []);
    expect(pruneDist(dir, new Set(), ['pagefind/', 'search/map.json'])).toBe(1);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual([
      'pagefind',
      'pagefind/old.pf_fragment',
      'search',
      'search/map.json',
    ]);
  });

  it('lists only the files written since the build started to the passes after it', () => {
    const dir = dist(['old.html'], ['new.html', 'pagefind/x.json']);
    expect(writtenFiles(dir, (file) => file.endsWith('.html') || file.endsWith('.json'))).toEqual([
      'new.html',
      'pagefind/x.json',
    ]);
    expect(writtenFiles(dir, (file) => !file.startsWith('pagefind/'))).toEqual(['new.html']);
  });

  it('does not walk a folder another pass is writing, so a folder it deletes meanwhile cannot fail the walk', () => {
    const dir = dist([], ['new.html', 'search/p/en_1/1.json', 'search/map.json']);
    // The search index deletes a removed readout's result folder while the page pass lists the pages.
    expect(writtenFiles(dir, () => true, ['search/p/'])).toEqual(['new.html', 'search/map.json']);
  });

  it("lists a folder of 10,000 readouts' files: more than one call's arguments can carry", () => {
    // dist/readouts/ holds about 300,000 files at 10,000 readouts; a walk that spread each folder's list
    // into push() overflowed the stack past about 125,000 (the build failed at its last step).
    const dir = dist([], ['index.html']);
    mkdirSync(join(dir, 'readouts'));
    const count = 150_000;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, 'readouts', `r${i}.json`), '');
    const files = writtenFiles(dir);
    expect(files).toHaveLength(count + 1);
    expect(files.at(-1)).toBe('readouts/r99999.json');
  });
});

describe('manifestOutputs', () => {
  it("reads the output files of Astro's incremental-build manifest, and none when there is none", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-manifest-'));
    const file = join(dir, 'incremental-build.json');
    writeFileSync(
      file,
      JSON.stringify({
        routes: { 'src/pages/a.astro': { paths: { '/a': { cacheKey: 'k', outputFile: 'a/index.html' } } } },
      }),
    );
    expect([...manifestOutputs(file)]).toEqual(['a/index.html']);
    expect(manifestOutputs(join(dir, 'missing.json')).size).toBe(0);
  });
});
