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

  const ids = new Set(entries.map((e) => e.id));
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
