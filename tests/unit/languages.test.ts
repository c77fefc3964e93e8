import { describe, expect, it } from 'vitest';
import { directionOf, formatNumber } from '../../src/lib/languages.ts';
import { formatDate } from '../../src/lib/format.ts';

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
    expect(formatDate('2021-12-15')).toBe('15 December 2021');
  });
});
