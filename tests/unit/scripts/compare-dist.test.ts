import { describe, expect, it } from 'vitest';
import { run, tempFiles } from '../../helpers/run.ts';

const tmx = (stamp: string, text = 'نص') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="Bayan" srclang="ar" creationdate="${stamp}">\n  </header>\n  <body><tu><tuv xml:lang="ar"><seg>${text}</seg></tuv></tu></body>\n</tmx>\n`;
const site = (files: Record<string, string> = {}) =>
  tempFiles('bayan-compare-', {
    'index.html': '<p>Bayan</p>',
    'readouts/x.tmx': tmx('20261203T073738Z'),
    'readouts/x.json': '{"a":1}',
    ...files,
  });
const compare = (a: string, b: string) => run(['scripts/compare-dist.ts', a, b]);

describe('npm run compare:dist', () => {
  it('reports two copies of the same build as identical', () => {
    const result = compare(site(), site());
    expect(result.stdout).toContain('3 files identical; 0 only in A, 0 only in B, 0 differ.');
    expect(result.status).toBe(0);
  });

  it('forgives only the TMX header creationdate, the build clock', () => {
    const result = compare(site(), site({ 'readouts/x.tmx': tmx('20270101T000000Z') }));
    expect(result.stdout).toContain('3 files identical');
    expect(result.status).toBe(0);
  });

  it('still compares the rest of a TMX file, and a creationdate outside .tmx files', () => {
    const result = compare(
      site(),
      site({ 'readouts/x.tmx': tmx('20270101T000000Z', 'نصّ'), 'readouts/x.xml': tmx('1') }),
    );
    expect(result.stderr).toContain('differs: readouts/x.tmx');
    expect(result.status).toBe(1);
    const other = compare(
      site({ 'x.html': 'creationdate="20261203T073738Z"' }),
      site({ 'x.html': 'creationdate="20270101T000000Z"' }),
    );
    expect(other.stderr).toContain('differs: x.html');
    expect(other.status).toBe(1);
  });

  it('catches a missing file, an extra file and a changed byte', () => {
    const a = site({ 'ar/index.html': '<p>بيان</p>', 'data.csv': 'a,b\n' });
    const b = site({ 'data.csv': 'a,c\n', 'extra/index.html': '' });
    const result = compare(a, b);
    expect(result.stderr).toContain(`only in ${a}: ar/index.html`);
    expect(result.stderr).toContain(`only in ${b}: extra/index.html`);
    expect(result.stderr).toContain('differs: data.csv');
    expect(result.stdout).toContain('3 files identical; 1 only in A, 1 only in B, 1 differ.');
    expect(result.status).toBe(1);
  });
});
