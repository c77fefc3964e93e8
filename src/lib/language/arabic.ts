/**
 * Arabic orthographic folding with a map back to the original text.
 *
 * Reasoning: the page must keep every character of the source, yet a term
 * written أمن must match امن, جدًّا must match جدا, and ة/ه, ى/ي, tatweel and
 * Arabic-Indic digits vary between writers. Matching runs on the folded text;
 * the map turns a folded range back into the exact original range.
 */
const DROP = /[\u064B-\u065F\u0670\u0640\u200C-\u200F]/u; // harakat, superscript alef, tatweel, ZWNJ/ZWJ, direction marks
const FOLD: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
};

export interface Folded {
  text: string;
  /** map[i] is the index in the original of folded character i; map[text.length] is the original length. */
  map: number[];
}

export function foldArabic(original: string): Folded {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (DROP.test(ch)) continue;
    text += FOLD[ch] ?? ch;
    map.push(i);
  }
  map.push(original.length);
  return { text, map };
}

/** Folding alone, for search queries and index text. */
export const foldArabicText = (text: string) => foldArabic(text).text;

/** Whether a text holds any Arabic-script character (the Arabic block, U+0600–06FF). */
export const isArabic = (text: string) => /[\u0600-\u06FF]/u.test(text);
