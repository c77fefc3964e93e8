/**
 * What the offline scripts say (the save panel in a reading page's tools, the update notice, the
 * home page's marks, the offline page's list), in the page's interface language: this part of the
 * dictionaries alone, so the scripts load only their own words, on first use.
 */
import { formatNumber } from '../../lib/language/languages.ts';
import { formatDate } from '../format.ts';

/** A size in megabytes with one decimal, in the interface's digits and decimal sign. */
const megabytes = (bytes: number, lang: 'en' | 'ar') => {
  const [whole, tenth] = (bytes / 1_048_576).toFixed(1).split('.');
  return `${formatNumber(Number(whole), lang)}${lang === 'ar' ? '٫' : '.'}${formatNumber(Number(tenth), lang)}`;
};
const day = (iso: string, lang: 'en' | 'ar') => formatDate(lang, iso.slice(0, 10));

const en = {
  heading: 'Offline reading',
  notSaved:
    'Not saved on this device. Saving keeps this readout, its paragraphs, terms and search for reading without a network.',
  save: 'Save for offline reading',
  saving: (done: number, total: number, bytes: number) =>
    `Saving: ${done} of ${total} files, ${megabytes(bytes, 'en')} MB`,
  saved: (iso: string, bytes: number) => `Available offline since ${day(iso, 'en')} (${megabytes(bytes, 'en')} MB).`,
  failed: 'Could not save: the connection dropped. Try again when online.',
  remove: 'Remove from this device',
  removed: 'Removed from this device.',
  unsupported: 'This browser cannot keep pages for offline reading.',
  newer: 'A newer version of this readout is available.',
  reload: 'Reload',
  mark: 'Available offline',
  missing: 'This page is not saved on this device:',
  none: 'No readout is saved on this device yet.',
  notSavedResults: (n: number) =>
    `${n} ${n === 1 ? 'result is' : 'results are'} in readouts not saved on this device, so not shown offline.`,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  heading: 'القراءة دون اتصال',
  notSaved: 'غير محفوظ على هذا الجهاز. الحفظ يُبقي هذا النص وفقراته ومصطلحاته والبحث فيه للقراءة دون شبكة.',
  save: 'حفظ للقراءة دون اتصال',
  saving: (done: number, total: number, bytes: number) =>
    `جارٍ الحفظ: ${formatNumber(done, 'ar')} من ${formatNumber(total, 'ar')} ملفًا، ${megabytes(bytes, 'ar')} ميغابايت`,
  saved: (iso: string, bytes: number) => `متاح دون اتصال منذ ${day(iso, 'ar')} (${megabytes(bytes, 'ar')} ميغابايت).`,
  failed: 'تعذّر الحفظ: انقطع الاتصال. أعد المحاولة عند الاتصال.',
  remove: 'إزالة من هذا الجهاز',
  removed: 'أُزيل من هذا الجهاز.',
  unsupported: 'لا يستطيع هذا المتصفح حفظ الصفحات للقراءة دون اتصال.',
  newer: 'تتوفر نسخة أحدث من هذا النص.',
  reload: 'إعادة التحميل',
  mark: 'متاح دون اتصال',
  missing: 'هذه الصفحة غير محفوظة على هذا الجهاز:',
  none: 'لم يُحفظ أي نص على هذا الجهاز بعد.',
  notSavedResults: (n: number) =>
    `${formatNumber(n, 'ar')} من النتائج في نصوص غير محفوظة على هذا الجهاز، فلا تظهر دون اتصال.`,
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const OFFLINE_SCRIPT_WORDS = { en, ar };
export type OfflineWords = typeof en;
export const offlineWords = (): OfflineWords => (document.documentElement.lang === 'ar' ? ar : en);
