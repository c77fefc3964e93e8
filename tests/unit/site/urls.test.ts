import { describe, expect, it } from 'vitest';
import {
  isParagraphPage,
  localePath,
  readoutFilePath,
  readoutPath,
  readoutSlugOf,
  sitePath,
  termPath,
  withSlash,
} from '../../../src/lib/site/urls.ts';
import { termIdOf } from '../../../src/lib/site/term-id.ts';

describe("the site's URLs (src/lib/site/urls.ts)", () => {
  it('gives a base path exactly one closing slash', () => {
    expect(withSlash('/bayan')).toBe('/bayan/');
    expect(withSlash('/bayan/')).toBe('/bayan/');
    expect(withSlash('')).toBe('/');
  });

  it('writes term and readout paths from the root, under the base', () => {
    expect(termPath('brics')).toBe('terms/brics/');
    expect(readoutPath('x', 'source/')).toBe('readouts/x/source/');
    expect(readoutFilePath('x', '.md')).toBe('readouts/x.md');
    expect(sitePath(readoutPath('x'))).toBe('/readouts/x/');
    expect(localePath('en', termPath('brics'))).toBe('terms/brics/');
    expect(localePath('ar', termPath('brics'))).toBe('ar/terms/brics/');
  });

  it('reads them back, in any interface and under any base', () => {
    for (const href of ['/terms/brics/', '/ar/terms/brics/', '/bayan/ar/terms/brics/'])
      expect(termIdOf(href)).toBe('brics');
    expect(termIdOf('/readouts/x/')).toBeUndefined();
    expect(readoutSlugOf(`/${readoutPath('xi-putin-2021-12-15')}`)).toBe('xi-putin-2021-12-15');
    expect(isParagraphPage('http://127.0.0.1:4321/ar/readouts/x/12/')).toBe(true);
    expect(isParagraphPage('http://127.0.0.1:4321/readouts/x/source/')).toBe(false);
  });
});
