import { describe, expect, it } from 'vitest';
import { directionOf, formatNumber } from '../../../src/lib/language/languages.ts';
import { formatDate, plural } from '../../../src/i18n/format.ts';
import { ar } from '../../../src/i18n/ar.ts';
import { en } from '../../../src/i18n/en.ts';

describe('language facts', () => {
  it('writes Arabic paragraph numbers in Arabic-Indic digits', () => {
    expect(formatNumber(12, 'ar')).toBe('١٢');
    expect(formatNumber(108, 'ar')).toBe('١٠٨');
    expect(formatNumber(12, 'en')).toBe('12');
  });
  it('knows which languages are right-to-left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
  });
  it('formats a calendar date without a time-zone shift', () => {
    expect(formatDate('en', '2021-12-15')).toBe('15 December 2021');
  });
});

describe('interface languages', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) && !('other' in v)
        ? keys(v, `${prefix}${k}.`)
        : [`${prefix}${k}`],
    );

  it('Arabic counts take all six plural forms, in Arabic-Indic digits', () => {
    expect([0, 1, 2, 3, 10, 11, 18, 100, 102].map((n) => plural('ar', n, ar.site.paragraphs))).toEqual([
      'لا فقرات',
      'فقرة واحدة',
      'فقرتان',
      '٣ فقرات',
      '١٠ فقرات',
      '١١ فقرة',
      '١٨ فقرة',
      '١٠٠ فقرة',
      '١٠٢ فقرة',
    ]);
    expect([1, 2, 18].map((n) => plural('en', n, en.site.paragraphs))).toEqual([
      '1 paragraph',
      '2 paragraphs',
      '18 paragraphs',
    ]);
  });
  it('numbers and dates in each language', () => {
    expect(formatNumber(2021, 'ar')).toBe('٢٠٢١');
    expect(formatDate('ar', '2021-12-15')).toBe('١٥ ديسمبر ٢٠٢١');
    expect(formatDate('en', '2021-12-15')).toBe('15 December 2021');
  });
  it('the Arabic dictionary has every key of the English one, and no other', () => {
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });
});
