/**
 * What the reader's notes say (src/client/reader/notes/), in the page's interface language; loaded with
 * them, on first use.
 */
import { formatNumber } from '../../lib/language/languages.ts';

const en = {
  add: 'Highlight or note',
  editorTitle: 'Highlight or note',
  wholeParagraph: (n: string) => `The whole of paragraph ${n}`,
  colour: 'Colour',
  colours: { yellow: 'Yellow', green: 'Green', blue: 'Blue' },
  note: 'Note (optional)',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  saved: 'Saved in this browser only.',
  panelTitle: 'My notes',
  search: 'Search my notes',
  none: 'No notes yet. Choose “Highlight or note” in a paragraph’s menu; select text first to mark just that.',
  changed: 'The text here has been revised since: the note is kept, its quotation as it was.',
  exportMarkdown: 'Export Markdown',
  exportJson: 'Export JSON',
  importJson: 'Import JSON',
  imported: (n: number) => (n === 1 ? '1 note imported.' : `${n} notes imported.`),
  unreadable: (file: string) => `Nothing imported: ${file} is not a JSON file of notes.`,
  notStored: 'The import did not finish: this browser would not store the notes.',
  deleteAll: 'Delete all',
  confirmDeleteAll: 'Delete every note and highlight kept in this browser? This cannot be undone.',
  private: 'Kept in this browser only; nothing is sent anywhere.',
  close: 'Close',
  reference: (title: string, n: number, s?: number, to?: number) =>
    `${title}, paragraph ${n}${s ? (to ? `, sentences ${s}–${to}` : `, sentence ${s}`) : ''}`,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  add: 'تظليل أو ملاحظة',
  editorTitle: 'تظليل أو ملاحظة',
  wholeParagraph: (n: string) => `الفقرة ${n} كلها`,
  colour: 'اللون',
  colours: { yellow: 'أصفر', green: 'أخضر', blue: 'أزرق' },
  note: 'ملاحظة (اختيارية)',
  save: 'حفظ',
  cancel: 'إلغاء',
  delete: 'حذف',
  saved: 'حُفظت في هذا المتصفح وحده.',
  panelTitle: 'ملاحظاتي',
  search: 'البحث في ملاحظاتي',
  none: 'لا ملاحظات بعد. اختر «تظليل أو ملاحظة» من قائمة الفقرة، وحدّد نصًّا قبلها لتظليله وحده.',
  changed: 'رُوجع النص هنا منذ ذلك الحين: الملاحظة محفوظة، واقتباسها كما كان.',
  exportMarkdown: 'تصدير بصيغة Markdown',
  exportJson: 'تصدير بصيغة JSON',
  importJson: 'استيراد ملف JSON',
  imported: (n: number) => `استُوردت ${formatNumber(n, 'ar')} من الملاحظات.`,
  unreadable: (file: string) => `لم يُستورد شيء: الملف ${file} ليس ملف ملاحظات بصيغة JSON.`,
  notStored: 'لم يكتمل الاستيراد: رفض هذا المتصفح حفظ الملاحظات.',
  deleteAll: 'حذف الكل',
  confirmDeleteAll: 'أتحذف كل الملاحظات والتظليلات المحفوظة في هذا المتصفح؟ لا رجعة في ذلك.',
  private: 'محفوظة في هذا المتصفح وحده، ولا يُرسل منها شيء إلى أي مكان.',
  close: 'إغلاق',
  reference: (title: string, n: number, s?: number, to?: number) =>
    `${title}، الفقرة ${formatNumber(n, 'ar')}${
      s ? (to ? `، الجمل ${formatNumber(s, 'ar')}–${formatNumber(to, 'ar')}` : `، الجملة ${formatNumber(s, 'ar')}`) : ''
    }`,
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const NOTES_WORDS = { en, ar };
