/**
 * The word study's closed lists (docs/word-study.md), apart from the schema so that the browser's word cards read them
 * without zod.
 */
export const POS = [
  'noun',
  'proper-noun',
  'adjective',
  'verb',
  'adverb',
  'preposition',
  'conjunction',
  'particle',
  'pronoun',
  'demonstrative',
  'relative',
  'numeral',
  'interrogative',
] as const;
export const DERIVS = [
  'verbal-noun',
  'active-participle',
  'passive-participle',
  'elative',
  'nisba',
  'place-noun',
  'instance-noun',
  'plural-only',
] as const;
export const FORMS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'Iq', 'IIq'] as const;
export const NAMES = ['person', 'place', 'organisation', 'other'] as const;
/** A word's features in context; the order here is the order a card lists them in. */
export const FEATS = [
  'perf',
  'impf',
  'impv',
  'ind',
  'subj',
  'juss',
  'pass',
  '1s',
  '1p',
  '2ms',
  '2fs',
  '2mp',
  '2fp',
  '2d',
  '3ms',
  '3fs',
  '3mp',
  '3fp',
  '3md',
  '3fd',
  'sg',
  'du',
  'pl',
  'broken-pl',
  'm',
  'f',
  'def',
  'indef',
  'cstr',
  'nom',
  'acc',
  'gen',
  'indecl',
] as const;
export type Pos = (typeof POS)[number];
export type Feat = (typeof FEATS)[number];
