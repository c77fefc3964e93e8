import { describe, expect, it } from 'vitest';
import { vowelsByCharacter, withoutVowels, wordsOf } from '../../../src/lib/words/tokens.ts';

describe('words', () => {
  it('are runs of Arabic letters: no comma, digits, Latin or quotes', () => {
    expect(wordsOf('في العام، الـ37 «كـ"نموذج» BRICS')).toEqual(['في', 'العام', 'الـ', 'كـ', 'نموذج']);
  });
  it('lose their vowels, shadda and dagger alif, but not their letters', () => {
    expect(withoutVowels('الرَّئِيسُ')).toBe('الرئيس');
    expect(withoutVowels('هٰذَا')).toBe('هذا');
  });
});

describe('vowelsByCharacter', () => {
  it('gives each published letter its marks', () => {
    expect(vowelsByCharacter('عقد', 'عَقَدَ')).toEqual(['عَ', 'قَ', 'دَ']);
  });
  it('keeps a mark the text already carries on its letter, and shows nothing for the mark itself', () => {
    expect(vowelsByCharacter('جدّا', 'جِدًّا')?.join('')).toBe('جِدًّا');
    expect(vowelsByCharacter('جدّا', 'جِدًّا')?.[2]).toBe('');
  });
  it('refuses a vocalised form with other letters', () => {
    expect(vowelsByCharacter('عقد', 'عَقَدَتْ')).toBeUndefined();
    expect(vowelsByCharacter('عقدت', 'عَقَدَ')).toBeUndefined();
  });
});
