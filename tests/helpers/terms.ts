/** A small valid glossary entry for tests, with `over` (more YAML lines) added at its end. */
export const termEntry = (over = '') => `kind: organisation
name: {en: BRICS, ar: بريكس}
transliteration: Brīks
forms:
  ar: [بريكس]
  en: [BRICS]
note:
  en: The grouping of Brazil, Russia, India, China and South Africa.
  ar: تجمع يضم البرازيل وروسيا والهند والصين وجنوب أفريقيا.
${over}`;
