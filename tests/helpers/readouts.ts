/** Readout text for tests: the fixture readout, split so each test can change one part. */
import { readFileSync } from 'node:fs';

export const FIXTURE_READOUT = 'tests/fixtures/collection/2022/test-readout-2022-02-04.md';

const fixture = readFileSync(FIXTURE_READOUT, 'utf8');
const end = fixture.indexOf('\n---\n', 4) + '\n---\n'.length;

/** The fixture's front-matter block, both --- lines included. */
export const FRONTMATTER = fixture.slice(0, end);
/** The fixture's body: two Arabic paragraphs with their glosses and one note. */
export const BODY = fixture.slice(end).replace(/^\n/, '');

export const readout = (frontmatter = FRONTMATTER, body = BODY) => frontmatter + '\n' + body;

/** The 1-based line of the first line containing `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}
