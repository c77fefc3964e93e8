import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, run } from '../helpers/run.ts';

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
    build = run([ASTRO, 'build', '--outDir', dist], { BAYAN_READOUTS_DIR: content, BAYAN_CACHE_DIR: join(work, 'cache') });
  });

  it('builds a reading page for each file', () => {
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    const fixture = readFileSync(join(dist, 'readouts/test-readout-2022-02-04/index.html'), 'utf8');
    expect(fixture).toContain('<section id="p-2" class="pair"');
    expect(fixture).toContain('A test readout');
    expect(readFileSync(join(dist, 'readouts/xi-putin-2021-12-15/index.html'), 'utf8')).toContain('<section id="p-18" class="pair"');
  });

  it('lists both on the home page, newest first', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const newer = home.indexOf('/readouts/test-readout-2022-02-04/');
    const older = home.indexOf('/readouts/xi-putin-2021-12-15/');
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
  });
});
