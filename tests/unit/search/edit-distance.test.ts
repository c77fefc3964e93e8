import { describe, expect, it } from 'vitest';
import { allowedEdits, confusedWith, editDistance, lengthReach } from '../../../src/lib/search/edit-distance.ts';
import { foldArabicText } from '../../../src/lib/language/arabic.ts';

describe('editDistance', () => {
  it('counts an insertion, a deletion, a substitution and a swap of neighbours as one edit each', () => {
    expect(editDistance('cordination', 'coordination')).toBe(1);
    expect(editDistance('vaccinnes', 'vaccines')).toBe(1);
    expect(editDistance('hegamonism', 'hegemonism')).toBe(1);
    expect(editDistance('startegic', 'strategic')).toBe(1);
    expect(editDistance('stratgeic', 'strategic')).toBe(1);
    expect(editDistance('olmypics', 'olympics')).toBe(1);
    expect(editDistance('strategic', 'strategic')).toBe(0);
  });

  it('counts a long vowel written in or left out, in Arabic, as half an edit', () => {
    expect(editDistance('اولومبياد', 'اولمبياد')).toBe(0.5);
    expect(editDistance('بوتن', 'بوتين')).toBe(0.5);
    expect(editDistance('تيوان', 'تايوان')).toBe(0.5);
    expect(editDistance('لقاحت', 'لقاحات')).toBe(0.5);
    expect(editDistance('فلادمر', 'فلاديمير')).toBe(1);
  });

  it('counts letters often written for each other as half an edit, others as one', () => {
    expect(editDistance('ظمان', 'ضمان')).toBe(0.5);
    expect(editDistance('سلاثه', 'سلاسه')).toBe(0.5);
    expect(editDistance('زكري', 'ذكري')).toBe(0.5);
    expect(editDistance('شنقهاي', 'شنغهاي')).toBe(1);
    expect(editDistance('بريكس', 'بريكم')).toBe(1);
  });

  it('folds ه/ة, ى/ي and hamza before measuring, so they cost nothing', () => {
    expect(editDistance(foldArabicText('الهيمنة'), foldArabicText('الهيمنه'))).toBe(0);
    expect(editDistance(foldArabicText('الأولى'), foldArabicText('الاولي'))).toBe(0);
  });

  it('stops early and answers Infinity past the limit', () => {
    expect(editDistance('pootin', 'putin', 1)).toBe(Infinity);
    expect(editDistance('pootin', 'putin', 2)).toBe(2);
    expect(editDistance('a', 'abcdef', 1)).toBe(Infinity);
  });
});

describe('allowedEdits and lengthReach', () => {
  it('forgives nothing under 4 letters, one edit for 4–8, two for 9 or more', () => {
    expect([3, 4, 8, 9, 14].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('reaches further in length in Arabic, where a long vowel costs half an edit', () => {
    expect(lengthReach(1, false)).toBe(1);
    expect(lengthReach(2, false)).toBe(2);
    expect(lengthReach(1, true)).toBe(2);
    expect(lengthReach(2, true)).toBe(3);
  });
});

describe('confusedWith', () => {
  it('lists the letters often written for a letter', () => {
    expect(confusedWith('ز').sort()).toEqual(['ذ', 'ظ']);
    expect(confusedWith('s')).toEqual([]);
  });
});
