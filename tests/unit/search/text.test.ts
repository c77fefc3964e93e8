import { describe, expect, it } from 'vitest';
import { arabicIndexText, arabicWordVariants, namingStrength, queryTokens, wordMatches } from '../../../src/lib/search/text.ts';

/** What the index must contain for a query to find a word: the query token is one of the word's variants. */
const finds = (query: string, textWord: string) => queryTokens(query).every((t) => arabicWordVariants(textWord).some((v) => v.startsWith(t)));

describe('Arabic search normalisation', () => {
  it('finds a name with or without the article, both ways', () => {
    expect(finds('بريكس', 'البريكس')).toBe(true);
    expect(finds('البريكس', 'بريكس')).toBe(true);
    expect(finds('بريكس', 'بريكس')).toBe(true);
  });

  it('finds a word behind any combination of clitics', () => {
    for (const word of ['والصين', 'بالصين', 'للصين', 'فالصين', 'وبالصين', 'كالصين', 'الصين']) {
      expect(finds('الصين', word), word).toBe(true);
      expect(finds('صين', word), word).toBe(true);
    }
    expect(finds('تايوان', 'بتايوان')).toBe(true);
    expect(finds('لقاحات', 'اللقاحات')).toBe(true);
  });

  it('does not strip a letter that belongs to the word when the query has no article', () => {
    expect(queryTokens('بريكس')).toEqual(['بريكس']);
    expect(queryTokens('لقاحات')).toEqual(['لقاحات']);
    expect(queryTokens('والصين بالصين للصين')).toEqual(['صين', 'صين', 'صين']);
  });

  it('ignores harakat, hamza forms, taa marbuta, alef maqsura and tatweel', () => {
    expect(queryTokens('الأَمْن')).toEqual(queryTokens('الامن'));
    expect(queryTokens('آسيا')).toEqual(queryTokens('اسيا'));
    expect(queryTokens('الحوكمة العالمية')).toEqual(queryTokens('الحوكمه العالميه'));
    expect(queryTokens('على')).toEqual(queryTokens('علي'));
    expect(queryTokens('تعدديـــة')).toEqual(queryTokens('تعددية'));
    expect(finds('الامن', 'الأمن')).toBe(true);
    expect(finds('الأمن', 'الامن')).toBe(true);
  });

  it('indexes every variant once', () => {
    expect(arabicIndexText('والصين الصين').split(' ').sort()).toEqual(['الصين', 'صين', 'والصين'].sort());
  });
});

describe('English and mixed queries', () => {
  it('lower-cases English and keeps Arabic and English apart', () => {
    expect(queryTokens('BRICS بريكس')).toEqual(['brics', 'بريكس']);
  });

  it('highlights inflected forms', () => {
    expect(wordMatches('vaccines', 'vaccine')).toBe(true);
    expect(wordMatches('Vaccines', 'vaccines')).toBe(true);
    expect(wordMatches('hegemonism', 'hegemony')).toBe(true);
    expect(wordMatches('والصين', 'صين')).toBe(true);
    expect(wordMatches('China', 'صين')).toBe(false);
  });
});

describe('namingStrength', () => {
  const covid = ['COVID-19 pandemic', 'جائحة فيروس كورونا المستجد', 'novel coronavirus pandemic', 'novel coronavirus', 'pandemic', 'فيروس كورونا المستجد', 'جائحة', 'coronavirus', 'كورونا'];

  it('counts the names a paragraph’s own text holds, in both languages, by whole words', () => {
    expect(namingStrength('responding to the novel coronavirus pandemic', 'في مواجهة جائحة فيروس كورونا المستجد')(covid)).toBe(8);
    expect(namingStrength('the pandemic of the century', 'جائحة القرن')(covid)).toBe(2);
    // "pandemics" is not "pandemic" as a whole word; the folded Arabic matches with or without the article.
    expect(namingStrength('two pandemics and a coronavirus', 'الجائحة')(covid)).toBe(2);
  });

  it('is at least 1, since the paragraph mentions the term (an override can mark any words)', () => {
    expect(namingStrength('the crisis', 'الأزمة')(covid)).toBe(1);
  });
});
