/**
 * What the keyboard shortcuts' dialog says (src/client/reader/shortcuts.ts), in the page's interface
 * language; loaded with it, on first use.
 */
const en = {
  title: 'Keyboard shortcuts',
  search: 'Search',
  next: 'Next paragraph',
  previous: 'Previous paragraph',
  goTo: 'Go to a paragraph by its number',
  language: 'Switch to the Arabic interface, at the same paragraph',
  layout: 'Next layout',
  help: 'This list',
  enable: 'Use single-key shortcuts',
  typing: 'They never act while you type in a field.',
  close: 'Close',
  goingTo: (n: string) => `Go to paragraph ${n}`,
  layoutNow: (name: string) => `Layout: ${name}`,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  title: 'اختصارات لوحة المفاتيح',
  search: 'البحث',
  next: 'الفقرة التالية',
  previous: 'الفقرة السابقة',
  goTo: 'الانتقال إلى فقرة برقمها',
  language: 'التحويل إلى الواجهة الإنجليزية عند الفقرة نفسها',
  layout: 'طريقة العرض التالية',
  help: 'هذه القائمة',
  enable: 'استعمال اختصارات المفتاح الواحد',
  typing: 'لا تعمل أبدًا أثناء الكتابة في حقل.',
  close: 'إغلاق',
  goingTo: (n: string) => `الانتقال إلى الفقرة ${n}`,
  layoutNow: (name: string) => `طريقة العرض: ${name}`,
};

/** By interface language; the dictionaries (en.ts, ar.ts) hold them too, so a missing word fails the type check. */
export const SHORTCUTS_WORDS = { en, ar };
