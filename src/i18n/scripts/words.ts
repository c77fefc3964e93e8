/**
 * What word mode says (the word cards, the root trail), in each interface language: this part alone, loaded
 * with word mode's code when the reader first turns it on. The Arabic uses Arabic grammatical terms.
 */
import type { Feat, Pos } from '../../lib/words/lists.ts';
import { formatNumber } from '../../lib/language/languages.ts';
import { PARAGRAPHS, WORDS_AR } from '../common.ts';
import { plural } from '../format.ts';

type Deriv =
  | 'verbal-noun'
  | 'active-participle'
  | 'passive-participle'
  | 'elative'
  | 'nisba'
  | 'place-noun'
  | 'instance-noun'
  | 'plural-only';
type Names = 'person' | 'place' | 'organisation' | 'other';

const en = {
  card: 'Word',
  segments: 'Segments',
  lemma: 'Lemma',
  root: 'Root',
  noRoot: 'no root',
  grammar: 'Grammar',
  sense: 'Sense here',
  expression: 'Expression',
  term: 'Glossary',
  note: 'Note',
  lightRoot: 'Light the root',
  lightLemma: 'Light the lemma',
  rootPage: 'Root page',
  previous: 'Previous',
  next: 'Next',
  stop: 'Stop',
  loading: 'Loading the words…',
  failed: 'The words could not be loaded.',
  form: (form: string) => `form ${form}`,
  names: (what: string) => `name of a ${what}`,
  pos: {
    noun: 'noun',
    'proper-noun': 'proper noun',
    adjective: 'adjective',
    verb: 'verb',
    adverb: 'adverb',
    preposition: 'preposition',
    conjunction: 'conjunction',
    particle: 'particle',
    pronoun: 'pronoun',
    demonstrative: 'demonstrative',
    relative: 'relative pronoun',
    numeral: 'numeral',
    interrogative: 'interrogative',
  } satisfies Record<Pos, string>,
  deriv: {
    'verbal-noun': 'verbal noun',
    'active-participle': 'active participle',
    'passive-participle': 'passive participle',
    elative: 'elative',
    nisba: 'nisba adjective',
    'place-noun': 'noun of place',
    'instance-noun': 'noun of instance',
    'plural-only': 'used in the plural',
  } satisfies Record<Deriv, string>,
  named: { person: 'person', place: 'place', organisation: 'organisation', other: 'thing' } satisfies Record<
    Names,
    string
  >,
  feat: {
    perf: 'perfect (past)',
    impf: 'imperfect (present)',
    impv: 'imperative',
    ind: 'indicative',
    subj: 'subjunctive',
    juss: 'jussive',
    pass: 'passive',
    '1s': 'I',
    '1p': 'we',
    '2ms': 'you (m.)',
    '2fs': 'you (f.)',
    '2mp': 'you (m. pl.)',
    '2fp': 'you (f. pl.)',
    '2d': 'you two',
    '3ms': 'he',
    '3fs': 'she',
    '3mp': 'they (m.)',
    '3fp': 'they (f.)',
    '3md': 'they two (m.)',
    '3fd': 'they two (f.)',
    sg: 'singular',
    du: 'dual',
    pl: 'plural',
    'broken-pl': 'broken plural',
    m: 'masculine',
    f: 'feminine',
    def: 'definite',
    indef: 'indefinite',
    cstr: 'construct (first term of an iḍāfa)',
    nom: 'nominative',
    acc: 'accusative',
    gen: 'genitive',
    indecl: 'indeclinable',
  } satisfies Record<Feat, string>,
  /** «12 words of the root ع م ق in 7 paragraphs». */
  litRoot: (words: number, root: string, paragraphs: number) =>
    `${words} ${words === 1 ? 'word' : 'words'} of the root ${root} in ${plural('en', paragraphs, PARAGRAPHS.en)}`,
  litLemma: (words: number, lemma: string, paragraphs: number) =>
    `${words} ${words === 1 ? 'word' : 'words'} of the lemma ${lemma} in ${plural('en', paragraphs, PARAGRAPHS.en)}`,
  at: (i: number, all: number) => `${i} of ${all}`,
};

// The English shape is the one every other language must fill.
const ar: typeof en = {
  card: 'الكلمة',
  segments: 'التقطيع',
  lemma: 'المدخل',
  root: 'الجذر',
  noRoot: 'لا جذر',
  grammar: 'الصرف والإعراب',
  sense: 'المعنى هنا',
  expression: 'تعبير',
  term: 'المسرد',
  note: 'ملاحظة',
  lightRoot: 'أضئ كلمات الجذر',
  lightLemma: 'أضئ صيغ المدخل',
  rootPage: 'صفحة الجذر',
  previous: 'السابقة',
  next: 'التالية',
  stop: 'إيقاف',
  loading: 'يجري تحميل الكلمات…',
  failed: 'تعذّر تحميل الكلمات.',
  form: (form: string) => `وزن ${FORM_PATTERNS[form] ?? form}`,
  names: (what: string) => `اسم ${what}`,
  pos: {
    noun: 'اسم',
    'proper-noun': 'اسم علم',
    adjective: 'صفة',
    verb: 'فعل',
    adverb: 'ظرف',
    preposition: 'حرف جر',
    conjunction: 'حرف عطف',
    particle: 'حرف',
    pronoun: 'ضمير',
    demonstrative: 'اسم إشارة',
    relative: 'اسم موصول',
    numeral: 'عدد',
    interrogative: 'اسم استفهام',
  },
  deriv: {
    'verbal-noun': 'مصدر',
    'active-participle': 'اسم فاعل',
    'passive-participle': 'اسم مفعول',
    elative: 'اسم تفضيل',
    nisba: 'اسم منسوب',
    'place-noun': 'اسم مكان',
    'instance-noun': 'اسم مرة',
    'plural-only': 'يُستعمل جمعًا',
  },
  named: { person: 'شخص', place: 'مكان', organisation: 'هيئة', other: 'شيء' },
  feat: {
    perf: 'ماضٍ',
    impf: 'مضارع',
    impv: 'أمر',
    ind: 'مرفوع',
    subj: 'منصوب',
    juss: 'مجزوم',
    pass: 'مبني للمجهول',
    '1s': 'للمتكلم',
    '1p': 'للمتكلمين',
    '2ms': 'للمخاطب',
    '2fs': 'للمخاطبة',
    '2mp': 'للمخاطبين',
    '2fp': 'للمخاطبات',
    '2d': 'للمخاطبَين',
    '3ms': 'للغائب',
    '3fs': 'للغائبة',
    '3mp': 'للغائبين',
    '3fp': 'للغائبات',
    '3md': 'للغائبَين',
    '3fd': 'للغائبتين',
    sg: 'مفرد',
    du: 'مثنى',
    pl: 'جمع',
    'broken-pl': 'جمع تكسير',
    m: 'مذكر',
    f: 'مؤنث',
    def: 'معرفة',
    indef: 'نكرة',
    cstr: 'مضاف',
    nom: 'مرفوع',
    acc: 'منصوب',
    gen: 'مجرور',
    indecl: 'مبني',
  },
  litRoot: (words: number, root: string, paragraphs: number) =>
    `${plural('ar', words, WORDS_AR)} من الجذر ${root} في ${plural('ar', paragraphs, PARAGRAPHS.ar)}`,
  litLemma: (words: number, lemma: string, paragraphs: number) =>
    `${plural('ar', words, WORDS_AR)} من المدخل ${lemma} في ${plural('ar', paragraphs, PARAGRAPHS.ar)}`,
  at: (i: number, all: number) => `${formatNumber(i, 'ar')} من ${formatNumber(all, 'ar')}`,
};

/** The ten forms and the quadriliterals as Arabic grammar names them, by their pattern. */
const FORM_PATTERNS: Record<string, string> = {
  I: 'فَعَلَ',
  II: 'فَعَّلَ',
  III: 'فاعَلَ',
  IV: 'أَفْعَلَ',
  V: 'تَفَعَّلَ',
  VI: 'تَفاعَلَ',
  VII: 'اِنْفَعَلَ',
  VIII: 'اِفْتَعَلَ',
  IX: 'اِفْعَلَّ',
  X: 'اِسْتَفْعَلَ',
  Iq: 'فَعْلَلَ',
  IIq: 'تَفَعْلَلَ',
};

/** By interface language; the dictionaries hold them too, so a missing word fails the type check. */
export const WORD_SCRIPT_WORDS = { en, ar };
export type WordWords = typeof en;
