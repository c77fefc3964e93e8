/** Checks the glossary files (content/terms/*.yaml) with line numbers, and what only shows across entries. */
import { bidiControlProblems } from './bidi-controls.ts';
import { formKey } from '../glossary/matcher.ts';
import type { FileProblem } from './readout.ts';
import { validateYaml } from './yaml.ts';
import { termIdOf } from '../glossary/load.ts';
import { SLUG_SHAPE } from '../readout/files.ts';
import { termSchema, type TermData } from '../../schemas/term.ts';

export interface TermFile {
  file: string;
  text: string;
}

export function checkTerms(files: readonly TermFile[]): FileProblem[] {
  const problems: FileProblem[] = [];
  const entries: { file: string; id: string; data: TermData }[] = [];
  for (const { file, text } of files) {
    const id = termIdOf(file);
    if (!SLUG_SHAPE.test(id))
      problems.push({
        file,
        line: 1,
        column: 1,
        message: `File name "${id}" cannot be a term id. Use a kebab-case English id, e.g. shanghai-cooperation-organisation.yaml.`,
      });
    problems.push(...bidiControlProblems(text).map((p) => ({ file, ...p })));
    const result = validateYaml(text, termSchema, 'Glossary entry');
    problems.push(...result.problems.map((p) => ({ file, ...p })));
    if (result.data) entries.push({ file, id, data: result.data });
  }

  for (const { file, data } of entries)
    problems.push(...meetingLanguageProblems(file, data, (key) => lineOf(files, file, `${key}:`)));

  const ids = new Set(entries.map((e) => e.id));
  // A former id keeps its URL: it cannot be a live entry's, nor two entries' at once.
  const formerOwner = new Map<string, string>();
  for (const { file, id, data } of entries) {
    for (const former of data.formerly) {
      const other = ids.has(former) ? former : formerOwner.get(former);
      if (other)
        problems.push({
          file,
          line: lineOf(files, file, former),
          column: 1,
          message: `The former id "${former}" is also ${other === former ? 'a live entry' : `a former id of "${other}"`}; its URL can lead to one entry only.`,
        });
      formerOwner.set(former, id);
    }
  }
  const owner = new Map<string, string>();
  for (const { file, id, data } of entries) {
    for (const related of data.related) {
      if (!ids.has(related))
        problems.push({
          file,
          line: lineOf(files, file, related),
          column: 1,
          message: `Related term "${related}" does not exist. Use the id (file name) of another entry in content/terms/.`,
        });
    }
    // A form that two entries claim would be marked as whichever was read last.
    for (const form of [...data.forms.ar, ...data.forms.en, ...data.aliases]) {
      const key = formKey(form);
      const other = owner.get(key);
      if (other && other !== id)
        problems.push({
          file,
          line: lineOf(files, file, form),
          column: 1,
          message: `The form "${form}" also belongs to "${other}". Keep it in one entry only.`,
        });
      else owner.set(key, id);
    }
  }
  return problems;
}

function lineOf(files: readonly TermFile[], file: string, needle: string): number {
  const text = files.find((f) => f.file === file)?.text ?? '';
  return Math.max(1, text.split('\n').findIndex((line) => line.includes(needle)) + 1);
}

/** Kinds whose entries render a Chinese formula (a tifa): diplomatic terms, initiatives, documents. */
const FORMULA_KINDS: readonly TermData['kind'][] = ['term', 'initiative', 'document'];

/**
 * Every entry names itself in the meeting's languages or says why it cannot: a Chinese name (with pinyin) or
 * `absent.zh`, a Russian name or `absent.ru`, and for a term, initiative or document its Chinese formula or
 * `absent.formula`; every form given has a source to check it against.
 */
function meetingLanguageProblems(file: string, data: TermData, lineOfKey: (key: string) => number): FileProblem[] {
  const problems: FileProblem[] = [];
  // A missing name is reported at the file's first line; a form without a source, at the form.
  const at = (message: string, key?: string) =>
    problems.push({ file, line: key ? lineOfKey(key) : 1, column: 1, message });
  if (!data.zh && !data.absent.zh)
    at(
      'No Chinese name. Add zh: {name: …, pinyin: …} (the form China’s foreign ministry and Xinhua use), or absent.zh: {en: …, ar: …} saying why there is none.',
    );
  if (!data.ru && !data.absent.ru)
    at(
      'No Russian name. Add ru: {name: …} (the form the Kremlin and Russia’s foreign ministry use), or absent.ru: {en: …, ar: …} saying why there is none.',
    );
  if (FORMULA_KINDS.includes(data.kind) && !data.formula && !data.absent.formula)
    at(
      `A ${data.kind} records the Chinese formula it renders. Add formula: {zh: …, pinyin: …, literal: …}, or absent.formula: {en: …, ar: …} saying why there is none.`,
    );
  for (const part of ['zh', 'ru', 'formula'] as const)
    if (data[part] && !data.sources.some((s) => s.for === part))
      at(
        `The ${part === 'formula' ? 'formula' : `${part} name`} has no source. Add sources: [{for: ${part}, url: https://…}] (an official page that uses it).`,
        part,
      );
  return problems;
}
