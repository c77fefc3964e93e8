import { describe, expect, it } from 'vitest';
import { checkLexicon, checkReadoutWords } from '../../../src/lib/check/words.ts';

const LEXICON = `عَقَدَ: {pos: verb, form: I, root: ع ق د, gloss: to hold}
رَئِيس: {pos: noun, root: ر ء س, gloss: president}
مَعَ: {pos: preposition, root: none, root-note: particle, gloss: with}
`;
const lexicon = checkLexicon('content/lexicon.yaml', LEXICON).lexicon;
const PARAGRAPHS = ['عقد الرئيس، مع'];
const WORDS = `1:
  words:
    - {t: عقد, v: عَقَدَ, seg: [عَقَدَ], lemma: عَقَدَ, feat: [perf, 3ms], sense: held}
    - {t: الرئيس, v: الرَّئِيسُ, seg: [ال+, رَّئِيسُ], lemma: رَئِيس, feat: [sg, m, def, nom], sense: the President}
    - {t: مع, v: مَعَ, seg: [مَعَ], lemma: مَعَ, sense: with}
  expressions:
    - {words: [1, 2], text: عقد الرئيس, sense: the President held}
`;
const check = (words: string, paragraphs = PARAGRAPHS) =>
  checkReadoutWords('content/words/x.yaml', words, paragraphs, lexicon).problems.map((p) => `${p.line}: ${p.message}`);

describe('checkReadoutWords', () => {
  it('accepts every word analysed in order (the comma is not a word)', () => {
    expect(check(WORDS)).toEqual([]);
  });

  it('names the line of a word that is not the published one', () => {
    expect(check(WORDS.replace('{t: الرئيس, v: الرَّئِيسُ', '{t: رئيس, v: رَئِيسُ'))[0]).toBe(
      '4: Paragraph 1, word 2 (رئيس): the published word here is "الرئيس". Words must follow the text, in order.',
    );
  });

  it('finds a missing word, a vocalised form with other letters, segments that do not spell the word', () => {
    expect(check(WORDS.replace(/ +- \{t: مع.*\n/, ''))).toEqual([
      '3: Paragraph 1: 1 word(s) not analysed, from "مع" (word 3).',
    ]);
    expect(check(WORDS.replace('v: عَقَدَ,', 'v: عَقَدَتْ,'))).toEqual([
      '3: Paragraph 1, word 1 (عقد): "عَقَدَتْ" without vowels is "عقدت", not "عقد".',
    ]);
    expect(check(WORDS.replace('seg: [ال+, رَّئِيسُ]', 'seg: [ال+, رَّئِي, سُ]'))).toEqual([
      '4: Paragraph 1, word 2 (الرئيس): segments need exactly one stem (proclitics end with +, enclitics start with +).',
    ]);
    expect(check(WORDS.replace('seg: [ال+, رَّئِيسُ]', 'seg: [ال+, رَئِيسُ, +هُ]'))).toEqual([
      '4: Paragraph 1, word 2 (الرئيس): the segments spell "الرئيسه", not "الرئيس".',
    ]);
  });

  it('finds an unknown lemma, a feature outside the closed list, an expression that is not its words', () => {
    expect(check(WORDS.replace('lemma: مَعَ', 'lemma: مَعًا'))).toEqual([
      '5: Paragraph 1, word 3 (مع): lemma "مَعًا" is not in the lexicon. Add it to content/lexicon.yaml.',
    ]);
    expect(check(WORDS.replace('feat: [perf, 3ms]', 'feat: [past, 3ms]'))[0]).toMatch(
      /^3: Words file field "1\.words\.0\.feat\.0": Invalid option/,
    );
    expect(check(WORDS.replace('text: عقد الرئيس', 'text: عقد رئيس'))).toEqual([
      '7: Paragraph 1, expression 1: words 1, 2 read "عقد الرئيس", not "عقد رئيس".',
    ]);
  });

  it('finds a paragraph without analysis', () => {
    expect(check(WORDS, [...PARAGRAPHS, 'في بيجينغ'])).toEqual([
      '1: Paragraph 2 has no analysis. Add "2:" with its 2 words.',
    ]);
  });
});

describe('checkLexicon', () => {
  it('accepts the lexicon', () => {
    expect(checkLexicon('l.yaml', LEXICON).problems).toEqual([]);
  });
  it('wants a root or a reason, a form for a verb, and one spelling per root', () => {
    const problems = (text: string) => checkLexicon('l.yaml', text).problems.map((p) => `${p.line}: ${p.message}`);
    expect(problems(LEXICON.replace('root: none, root-note: particle', 'root: none'))).toEqual([
      '3: Lexicon entry field "مَعَ.root-note" is missing. Add it (see docs/word-study.md).',
    ]);
    expect(problems(LEXICON.replace('form: I, ', ''))).toEqual([
      '1: Lexicon entry field "عَقَدَ.form" is missing. Add it (see docs/word-study.md).',
    ]);
    expect(problems(LEXICON + 'رِئَاسَة: {pos: noun, root: ر أ س, gloss: presidency}\n')).toEqual([
      '4: Lemma رِئَاسَة: root "ر أ س" is written "ر ء س" elsewhere. Write each root one way (hamza as ء).',
    ]);
    expect(problems(LEXICON.replace('root: ع ق د', 'root: عقد'))[0]).toMatch(/^1: .*radicals separated by spaces/);
  });
});
