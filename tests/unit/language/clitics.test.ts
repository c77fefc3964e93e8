import { describe, expect, it } from 'vitest';
import {
  CLITICS,
  CLITIC_PARTS,
  LEADING_ARTICLE,
  OPTIONAL_ARTICLE,
  withoutArticle,
} from '../../../src/lib/language/clitics.ts';
import { formKey, TermMatcher } from '../../../src/lib/glossary/matcher.ts';

const inFront = new RegExp(`^${CLITICS}${OPTIONAL_ARTICLE}صين$`, 'u');

describe('the Arabic clitic rule (src/lib/language/clitics.ts)', () => {
  it('takes و/ف, then ب/ك/ل, then the article, ل before the article written لل', () => {
    for (const word of ['صين', 'الصين', 'والصين', 'بالصين', 'فبالصين', 'للصين', 'وللصين', 'لصين', 'كالصين'])
      expect(word).toMatch(inFront);
    for (const word of ['ببالصين', 'اصين', 'والوصين']) expect(word).not.toMatch(inFront);
  });

  it('splits the clitics one by one, and finds a leading article with its clitics', () => {
    expect(CLITIC_PARTS.exec('وبالصين')?.slice(1)).toEqual(['و', 'ب', 'ال']);
    expect('وللصين'.replace(LEADING_ARTICLE, '')).toBe('صين');
    expect(withoutArticle('الصين')).toBe('صين');
  });

  it('is the one the matcher and the content check key forms by', () => {
    expect(formKey('الصين')).toBe(formKey('صين'));
    const matcher = new TermMatcher([{ id: 'china', forms: { ar: ['الصين'], en: [] } }]);
    expect(matcher.match('وبالصين', 'ar')).toEqual([{ id: 'china', start: 0, end: 7 }]);
  });
});
