import { describe, expect, it } from 'vitest';
import { namingStrength } from '../../../../src/lib/search/build/naming-strength.ts';

describe('namingStrength', () => {
  const covid = [
    'COVID-19 pandemic',
    'جائحة فيروس كورونا المستجد',
    'novel coronavirus pandemic',
    'novel coronavirus',
    'pandemic',
    'فيروس كورونا المستجد',
    'جائحة',
    'coronavirus',
    'كورونا',
  ];

  it('counts the names a paragraph’s own text holds, in both languages, by whole words', () => {
    expect(
      namingStrength('responding to the novel coronavirus pandemic', 'في مواجهة جائحة فيروس كورونا المستجد')(covid),
    ).toBe(8);
    expect(namingStrength('the pandemic of the century', 'جائحة القرن')(covid)).toBe(2);
    // "pandemics" is not "pandemic" as a whole word; the folded Arabic matches with or without the article.
    expect(namingStrength('two pandemics and a coronavirus', 'الجائحة')(covid)).toBe(2);
  });

  it('is at least 1, since the paragraph mentions the term (an override can mark any words)', () => {
    expect(namingStrength('the crisis', 'الأزمة')(covid)).toBe(1);
  });
});
