import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY, FRONTMATTER, lineOf, readout } from '../helpers/readouts.ts';
import { CHECK_CONTENT, run, tempFiles } from '../helpers/run.ts';

const contentDir = (files: Record<string, string>) => tempFiles('bayan-content-', files);

describe('npm run check:content', () => {
  it('passes the readouts in content/', () => {
    const result = run([CHECK_CONTENT]);
    expect(result.stdout).toMatch(/^Content OK: 1 readout\(s\) and \d+ glossary entries/);
    expect(result.status).toBe(0);
  });

  it('lists every problem as file:line:column with the fix, and no stack trace', () => {
    const broken = readout(
      FRONTMATTER.replace('dir: rtl', 'dir: ltr'),
      BODY.replace('speaker=xi-jinping', 'speaker=nobody'),
    );
    const dir = contentDir({ 'broken.md': broken });
    const result = run([CHECK_CONTENT], { BAYAN_READOUTS_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `broken.md:${lineOf(broken, 'dir: ltr')}:6  Front-matter field "dir": dir must be "rtl" for lang: ar.`,
    );
    expect(result.stderr).toContain(
      `broken.md:${lineOf(broken, 'speaker=nobody')}:1  Unknown speaker "nobody" in the gloss of paragraph 2.`,
    );
    expect(result.stderr).toContain('2 problem(s) in 1 file(s). Fix them and build again.');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('compares the readout with its published source in content/sources/ and names the first changed letter', () => {
    const published = readFileSync('content/readouts/xi-putin-2021-12-15.md', 'utf8');
    const changed = published.replace('واتفق الرئيسان', 'واتفق الرئيسين');
    const dir = contentDir({ 'xi-putin-2021-12-15.md': changed });
    const result = run([CHECK_CONTENT], { BAYAN_READOUTS_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `xi-putin-2021-12-15.md:${lineOf(changed, 'واتفق الرئيسين')}:13  Arabic paragraph 17 differs from the published text (content/sources/xi-putin-2021-12-15.ar.txt, line 17) at character 13: the source has "ا" (U+0627)`,
    );
  });

  it('names both files of a duplicate slug', () => {
    const dir = contentDir({ '2021/same.md': readout(), '2022/same.md': readout() });
    const result = run([CHECK_CONTENT], { BAYAN_READOUTS_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /2022\/same\.md:1:1 {2}Duplicate slug "same": .*2021\/same\.md has the same file name\./,
    );
  });

  it('fails the whole build before Astro runs', () => {
    const dir = contentDir({ 'broken.md': readout(FRONTMATTER, 'فقرة بلا ترجمة.\n') });
    const npm = process.env['npm_execpath'];
    expect(npm, 'run the tests through npm (npm test)').toBeTruthy();
    const result = run([npm!, 'run', '-s', 'build'], { BAYAN_READOUTS_DIR: dir });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('Arabic paragraph 1 has no English gloss.');
    expect(result.stdout + result.stderr).not.toContain('[build] Complete!');
  });
});
