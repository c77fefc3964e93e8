import { describe, expect, it } from 'vitest';
import { sentenceBreaks, spansBetween } from '../../../src/lib/readout/sentences.ts';

const split = (text: string) => spansBetween(text, sentenceBreaks(text)).map((s) => text.slice(s.start, s.end));

describe('sentence splitter', () => {
  it('ends a sentence at a full stop, a question mark (Arabic or Latin) and an exclamation mark', () => {
    expect(split('قال الرئيس. هل توافق؟ نعم! وماذا بعد? انتهى')).toEqual([
      'قال الرئيس.',
      'هل توافق؟',
      'نعم!',
      'وماذا بعد?',
      'انتهى',
    ]);
  });

  it('keeps decimal numbers and plain numbers whole', () => {
    expect(split('بلغ النمو 2.5 في المائة. وتجاوز 100 مليار.')).toEqual([
      'بلغ النمو 2.5 في المائة.',
      'وتجاوز 100 مليار.',
    ]);
    expect(split('ارتفع بنسبة ٢٫٥ في المائة. ثم استقر.')).toEqual(['ارتفع بنسبة ٢٫٥ في المائة.', 'ثم استقر.']);
  });

  it('ends a sentence after a number that ends it, but not after an enumerator that opens it', () => {
    expect(split('بلغ العدد 2013. وبعد ذلك تغير.')).toEqual(['بلغ العدد 2013.', 'وبعد ذلك تغير.']);
    expect(split('1. البند الأول. 2. البند الثاني.')).toEqual(['1. البند الأول.', '2. البند الثاني.']);
  });

  it('takes closing quotation marks into the sentence they end', () => {
    expect(split('قال: "نحن مستعدون." ثم غادر.')).toEqual(['قال: "نحن مستعدون."', 'ثم غادر.']);
    expect(split('قال «انتهى الأمر.» ثم صمت.')).toEqual(['قال «انتهى الأمر.»', 'ثم صمت.']);
  });

  it('does not break inside a quotation that goes on', () => {
    expect(split('قال: "هذا صحيح. وذاك أيضا" ثم غادر. النهاية.')).toEqual([
      'قال: "هذا صحيح. وذاك أيضا" ثم غادر.',
      'النهاية.',
    ]);
    expect(split('قال «الأمر واضح. لا شك» وسكت. ثم تكلم.')).toEqual(['قال «الأمر واضح. لا شك» وسكت.', 'ثم تكلم.']);
  });

  it('ignores a quotation mark that is never closed', () => {
    expect(split('كتب "نص بلا إغلاق. ثم جملة.')).toEqual(['كتب "نص بلا إغلاق.', 'ثم جملة.']);
  });

  it('does not break at an ellipsis', () => {
    expect(split('وقال إن الأمر... سيتضح لاحقا. وانتهى.')).toEqual(['وقال إن الأمر... سيتضح لاحقا.', 'وانتهى.']);
    expect(split('وقال إن الأمر… سيتضح لاحقا.')).toEqual(['وقال إن الأمر… سيتضح لاحقا.']);
  });

  it('does not break after an abbreviation or an initial', () => {
    expect(split('التقى د. محمد بالوفد. ثم غادر.')).toEqual(['التقى د. محمد بالوفد.', 'ثم غادر.']);
    expect(split('Mr. Wang met Dr. Li in the U.S. capital. Then he left.')).toEqual([
      'Mr. Wang met Dr. Li in the U.S. capital.',
      'Then he left.',
    ]);
  });

  it('keeps the white space between sentences out of both', () => {
    const text = 'أولا.   ثانيا.';
    expect(spansBetween(text, sentenceBreaks(text))).toEqual([
      { start: 0, end: 5 },
      { start: 8, end: 14 },
    ]);
  });

  it('returns the whole text as one sentence when nothing ends it early', () => {
    expect(split('جملة واحدة بلا نقطة')).toEqual(['جملة واحدة بلا نقطة']);
  });
});
