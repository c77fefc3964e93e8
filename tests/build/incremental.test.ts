import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compareDirs } from '../../scripts/compare-dist.ts';
import { astroBuild } from '../helpers/astro-build.ts';

/**
 * The incremental build (docs/deploying.md) makes the site a build from scratch makes. A small
 * collection is built, changed, and built again over the same dist/ and cache; then the changed
 * content is built from scratch into another folder with a fresh cache, and the two trees must be
 * byte for byte the same (scripts/compare-dist.ts). A cache key that misses what a page depends on
 * (src/lib/site/cache-keys.ts) leaves a stale page, and this fails.
 */
describe('an incremental build after adding, editing and removing readouts', () => {
  const work = mkdtempSync(join(tmpdir(), 'bayan-incremental-'));
  const content = join(work, 'readouts');
  const fixture = readFileSync('tests/fixtures/collection/2022/test-readout-2022-02-04.md', 'utf8');
  /** The fixture readout under another slug, date and title. */
  const copy = (slug: string, date: string) =>
    writeFileSync(
      join(content, `${slug}.md`),
      fixture.replace('date: 2022-02-04', `date: ${date}`).replace('en: A test readout', `en: Test readout ${date}`),
    );
  const build = (dist: string, cache: string) => {
    const fresh = !existsSync(join(cache, 'search-shards'));
    const result = astroBuild(['--outDir', dist], { BAYAN_READOUTS_DIR: content, BAYAN_CACHE_DIR: cache });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    // Astro colours its log where it thinks a terminal reads it (CI=true among others): read the text.
    const log = stripVTControlCharacters(result.stdout);
    // A first build indexes from dist/; a rebuild begins with the build, from the content store, and the
    // exports the build wrote must bear that out (src/integrations/search-index.ts).
    expect(log).toMatch(
      fresh
        ? /for search in \d+ ms, from dist\//
        : /for search in \d+ ms, begun with the build, from Astro's content store/,
    );
    expect(log).not.toMatch(/made again from dist|could not begin/);
    return log;
  };
  const incremental = { dist: join(work, 'dist'), cache: join(work, 'cache') };
  /** Builds the content from scratch and compares it with the incremental build's dist/. */
  const compareWithFull = (name: string) => {
    const full = { dist: join(work, `${name}-dist`), cache: join(work, `${name}-cache`) };
    build(full.dist, full.cache);
    const comparison = compareDirs(incremental.dist, full.dist);
    rmSync(full.dist, { recursive: true });
    rmSync(full.cache, { recursive: true });
    return comparison;
  };
  const same = { onlyInA: [], onlyInB: [], differ: [] };

  it('reuses the unchanged pages and still matches a full build', () => {
    mkdirSync(content);
    cpSync('tests/fixtures/collection/2022/test-readout-2022-02-04.md', join(content, 'test-readout-a.md'));
    copy('test-readout-b', '2022-03-01');
    build(incremental.dist, incremental.cache);

    // Added: c. Edited: one gloss line of b. Readout a is unchanged.
    copy('test-readout-c', '2022-04-01');
    const b = join(content, 'test-readout-b.md');
    writeFileSync(b, readFileSync(b, 'utf8').replace('held a meeting.', 'held a long meeting.'));
    const log = build(incremental.dist, incremental.cache);
    expect(log).toMatch(/\/readouts\/test-readout-a\/index\.html \(cached\)/);
    expect(log).not.toMatch(/\/readouts\/test-readout-b\/index\.html \(cached\)/);
    expect(compareWithFull('added-edited')).toMatchObject(same);
    expect(readFileSync(join(incremental.dist, 'index.html'), 'utf8')).toContain('Test readout 2022-04-01');
    expect(readFileSync(join(incremental.dist, 'readouts/test-readout-b/index.html'), 'utf8')).toContain(
      'held a long meeting.',
    );
  });

  it('removes every file of a removed readout', () => {
    unlinkSync(join(content, 'test-readout-a.md'));
    build(incremental.dist, incremental.cache);
    expect(compareWithFull('removed')).toMatchObject(same);
    rmSync(work, { recursive: true, force: true });
  });
});
