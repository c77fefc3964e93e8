/**
 * What the quote card's dialog and the card itself say (src/client/reader/card/), in the page's interface
 * language; loaded with them, on first use.
 */
import { formatNumber } from '../../lib/language/languages.ts';

const en = {
  title: 'Quote card',
  preview: 'Preview of the card',
  size: 'Size',
  sizes: { wide: 'Wide (1200 × 630)', square: 'Square (1080 × 1080)' },
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark' },
  alt: 'Alt text, to post with the image',
  copyAlt: 'Copy alt text',
  altCopied: 'Alt text copied.',
  download: 'Download PNG',
  share: 'Share…',
  close: 'Close',
  private: 'Drawn in this browser; nothing is sent anywhere.',
  /** The card's reference line: who speaks, the readout's date, the paragraph. */
  reference: (who: string, date: string, n: number) => `${who}, ${date}, ¶${n}`,
  altText: (ar: string, en: string, reference: string, link: string) =>
    `Quote card. In Arabic: «${ar}» In English: “${en}” ${reference}. ${link}`,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  title: 'بطاقة اقتباس',
  preview: 'معاينة البطاقة',
  size: 'المقاس',
  sizes: { wide: 'عريضة (١٢٠٠ × ٦٣٠)', square: 'مربعة (١٠٨٠ × ١٠٨٠)' },
  theme: 'المظهر',
  themes: { light: 'فاتح', dark: 'داكن' },
  alt: 'النص البديل، يُنشر مع الصورة',
  copyAlt: 'نسخ النص البديل',
  altCopied: 'نُسخ النص البديل.',
  download: 'تنزيل الصورة',
  share: 'مشاركة…',
  close: 'إغلاق',
  private: 'تُرسم في هذا المتصفح، ولا يُرسل منها شيء إلى أي مكان.',
  reference: (who: string, date: string, n: number) => `${who}، ${date}، الفقرة ${formatNumber(n, 'ar')}`,
  altText: (ar: string, en: string, reference: string, link: string) =>
    `بطاقة اقتباس. بالعربية: «${ar}» بالإنجليزية: “${en}” ${reference}. ${link}`,
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const CARD_WORDS = { en, ar };
