/**
 * The word study's content check (docs/word-study.md), with file:line for each problem: the lexicon's
 * schema and roots, and for each readout's words file that every word of every paragraph is analysed,
 * in order, and that its vocalised form, segments and lemma agree with the published word.
 */
import { readoutWordsSchema, lexiconSchema, type Lexicon, type ReadoutWords } from '../../schemas/words.ts';
import { bidiControlProblems } from './bidi-controls.ts';
import type { FileProblem } from './readout.ts';
import { validateYaml } from './yaml.ts';
import { segmentLetters, withoutVowels, wordsOf } from '../words/tokens.ts';

export interface LexiconResult {
  lexicon?: Lexicon;
  problems: FileProblem[];
}

/** A file's bidi controls and schema problems, its schema messages pointing at the word study's docs. */
function fileProblems(file: string, text: string, schemaProblems: Omit<FileProblem, 'file'>[]): FileProblem[] {
  return [
    ...bidiControlProblems(text).map((p) => ({ file, ...p })),
    ...schemaProblems.map((p) => ({
      file,
      ...p,
      message: p.message.replace('(see README)', '(see docs/word-study.md)'),
    })),
  ];
}

/** The lexicon alone: schema, and one root per lemma's letters (every lemma of a root agrees on how it is written). */
export function checkLexicon(file: string, text: string): LexiconResult {
  const result = validateYaml(text, lexiconSchema, 'Lexicon entry');
  const problems = fileProblems(file, text, result.problems);
  if (!result.data) return { problems };
  // A root written two ways (ر أ س beside ر ء س) would split its words into two root pages.
  const byFolded = new Map<string, string>();
  for (const [id, lemma] of Object.entries(result.data)) {
    if (lemma.root === 'none') continue;
    const folded = lemma.root.replace(/[أإآؤئ]/gu, 'ء').replace(/ى/gu, 'ي');
    const other = byFolded.get(folded);
    if (other !== undefined && other !== lemma.root)
      problems.push({
        file,
        line: result.lineOf([id, 'root']),
        column: 1,
        message: `Lemma ${id}: root "${lemma.root}" is written "${other}" elsewhere. Write each root one way (hamza as ء).`,
      });
    else byFolded.set(folded, lemma.root);
  }
  return { lexicon: result.data, problems };
}

/**
 * One readout's words against its published paragraphs (`paragraphs[n - 1]` is paragraph n's Arabic) and the
 * lexicon. Returns the words when the schema holds, for the build's own use.
 */
export function checkReadoutWords(
  file: string,
  text: string,
  paragraphs: readonly string[],
  lexicon: Lexicon | undefined,
): { words?: ReadoutWords; problems: FileProblem[] } {
  const result = validateYaml(text, readoutWordsSchema, 'Words file');
  const problems = fileProblems(file, text, result.problems);
  if (!result.data) return { problems };
  const add = (path: (string | number)[], message: string) =>
    problems.push({ file, line: result.lineOf(path), column: 1, message });

  paragraphs.forEach((paragraph, i) => {
    const n = String(i + 1);
    const expected = wordsOf(paragraph);
    const analysed = result.data![n];
    if (!analysed) {
      if (expected.length > 0)
        add([], `Paragraph ${n} has no analysis. Add "${n}:" with its ${expected.length} words.`);
      return;
    }
    const { words, expressions } = analysed;
    words.forEach((word, w): void => {
      const at = [n, 'words', w];
      const label = `Paragraph ${n}, word ${w + 1} (${word.t})`;
      const published = expected[w];
      if (published === undefined)
        return void add(at, `${label}: the paragraph has only ${expected.length} words. Remove it.`);
      if (word.t !== published)
        return void add(
          at,
          `${label}: the published word here is "${published}". Words must follow the text, in order.`,
        );
      if (withoutVowels(word.v) !== withoutVowels(word.t))
        add(
          [...at, 'v'],
          `${label}: "${word.v}" without vowels is "${withoutVowels(word.v)}", not "${withoutVowels(word.t)}".`,
        );
      const stems = word.seg.filter((s) => !s.startsWith('+') && !s.endsWith('+'));
      if (stems.length !== 1)
        add(
          [...at, 'seg'],
          `${label}: segments need exactly one stem (proclitics end with +, enclitics start with +).`,
        );
      const spelt = word.seg.map(segmentLetters).join('');
      if (withoutVowels(spelt) !== withoutVowels(word.t))
        add([...at, 'seg'], `${label}: the segments spell "${withoutVowels(spelt)}", not "${withoutVowels(word.t)}".`);
      if (lexicon && !lexicon[word.lemma])
        add([...at, 'lemma'], `${label}: lemma "${word.lemma}" is not in the lexicon. Add it to content/lexicon.yaml.`);
    });
    if (words.length < expected.length)
      add(
        [n, 'words'],
        `Paragraph ${n}: ${expected.length - words.length} word(s) not analysed, from "${expected[words.length]}" (word ${words.length + 1}).`,
      );
    expressions.forEach((expression, e) => {
      const at = [n, 'expressions', e];
      const sorted = expression.words.every((w, k) => k === 0 || w === expression.words[k - 1]! + 1);
      const joined = expression.words.map((w) => words[w - 1]?.t ?? '?').join(' ');
      if (!sorted) add(at, `Paragraph ${n}, expression ${e + 1}: its words must be consecutive word numbers.`);
      else if (joined !== expression.text)
        add(
          at,
          `Paragraph ${n}, expression ${e + 1}: words ${expression.words.join(', ')} read "${joined}", not "${expression.text}".`,
        );
    });
  });
  for (const n of Object.keys(result.data))
    if (Number(n) > paragraphs.length)
      add([n], `Paragraph ${n} does not exist (the readout has ${paragraphs.length}).`);
  return { words: result.data, problems };
}
