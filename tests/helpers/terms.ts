/** A small valid glossary entry for tests, with `over` (more YAML lines) added after its note (before its names in Chinese and Russian). */
export const termEntry = (over = '') => `kind: organisation
name: {en: BRICS, ar: بريكس}
transliteration: Brīks
forms:
  ar: [بريكس]
  en: [BRICS]
note:
  en: The grouping of Brazil, Russia, India, China and South Africa.
  ar: تجمع يضم البرازيل وروسيا والهند والصين وجنوب أفريقيا.
${over}zh: {name: 金砖国家, pinyin: Jīnzhuān Guójiā}
ru: {name: БРИКС}
sources:
  - {for: zh, url: 'https://www.fmprc.gov.cn/'}
  - {for: ru, url: 'https://kremlin.ru/'}
`;
