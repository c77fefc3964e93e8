/** The three ways content could smuggle something onto a page: a live link, a bidi control, a changed letter of the published text. */
import { describe, expect, it } from 'vitest';
import { checkReadout } from '../../../src/lib/check/readout.ts';
import { checkTerms } from '../../../src/lib/check/terms.ts';
import { contentUrlProblem, isSafeHref } from '../../../src/lib/check/url-schemes.ts';
import { BODY, FRONTMATTER, lineOf, readout } from '../../helpers/readouts.ts';
import { termEntry } from '../../helpers/terms.ts';

const FILE = 'content/readouts/test.md';
const SOURCE = {
  file: 'content/sources/test.ar.txt',
  text: 'عقد الرئيس شي جينبينغ لقاء.\nأشار شي جينبينغ إلى "التعاون".\n',
};
const check = (text: string, source = false) =>
  checkReadout(
    FILE,
    text,
    undefined,
    source ? (slug, lang) => (slug === 'test' && lang === 'ar' ? SOURCE : undefined) : undefined,
  ).map((p) => `${p.line}:${p.column}: ${p.message}`);

const TERM = termEntry();
const checkTerm = (text: string) =>
  checkTerms([{ file: 'content/terms/brics.yaml', text }]).map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('links in content', () => {
  it('rejects a javascript: link in a translator’s note, at its line, saying what to write', () => {
    const text = readout(
      FRONTMATTER,
      BODY.replace('::note[Literally', '::note[[literally](javascript:alert(1)) Literally'),
    );
    expect(check(text)).toEqual([
      `${lineOf(text, 'javascript:')}:8: Link "javascript:alert(1)" uses the scheme "javascript:", which content may not link to. Write an https:// address (or mailto: for an e-mail address).`,
    ]);
  });

  it('rejects data:, http: and relative links in the gloss too, and accepts https: and mailto:', () => {
    const body = BODY.replace(
      'President Xi Jinping held a meeting.',
      'President [Xi](data:text/html,x) held [a](http://example.org) [meeting](../x) [x](https://example.org) [y](mailto:a@example.org).',
    );
    expect(check(readout(FRONTMATTER, body)).map((p) => p.replace(/^\d+:\d+: /, ''))).toEqual([
      'Link "data:text/html,x" uses the scheme "data:", which content may not link to. Write an https:// address (or mailto: for an e-mail address).',
      'Link "http://example.org" uses the scheme "http:", which content may not link to. Write an https:// address (or mailto: for an e-mail address).',
      'Link "../x" is not a complete address. Write the full https:// address of the page.',
    ]);
  });

  it('rejects a javascript: reference link in a glossary entry, at its line', () => {
    expect(checkTerm(termEntry('link: "javascript:alert(1)"\n'))).toEqual([
      '10:7: Glossary entry field "link": "javascript:alert(1)" uses the scheme "javascript:", which content may not link to. Write an https:// address (or mailto: for an e-mail address).',
    ]);
    expect(checkTerm(termEntry('link: https://example.org/brics\n'))).toEqual([]);
  });

  it('rejects a readout source URL with another scheme', () => {
    const text = readout(FRONTMATTER.replace('source:\n', 'source:\n  url: "javascript:alert(1)"\n'));
    expect(check(text)).toEqual([
      `${lineOf(text, 'url:')}:8: Front-matter field "source.url": "javascript:alert(1)" uses the scheme "javascript:", which content may not link to. Write an https:// address (or mailto: for an e-mail address).`,
    ]);
  });

  it('reads a scheme as a browser does, through tabs, case and leading spaces', () => {
    for (const url of ['java\tscript:alert(1)', ' JavaScript:alert(1)', 'vbscript:x', 'data:text/html,x'])
      expect(isSafeHref(url), url).toBe(false);
    for (const url of ['#p-12', '/terms/brics/', '../x', 'https://example.org', 'mailto:a@example.org'])
      expect(isSafeHref(url), url).toBe(true);
    expect(contentUrlProblem('https://example.org')).toBeUndefined();
  });
});

describe('bidi controls in content', () => {
  it('rejects a right-to-left override in an Arabic paragraph, naming the character and its column', () => {
    const text = readout(FRONTMATTER, BODY.replace('عقد الرئيس', 'عقد \u202Eالرئيس'));
    expect(check(text)).toEqual([
      `${lineOf(text, 'عقد')}:5: Invisible bidi control U+202E RIGHT-TO-LEFT OVERRIDE would reorder how this text is displayed. Delete it: Bayan sets each language's direction itself. (LRM, RLM, ALM, ZWJ and ZWNJ are allowed.)`,
    ]);
  });

  it('rejects every embedding, override and isolate control in any field, and allows LRM, RLM, ALM, ZWJ and ZWNJ', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    const text = readout(
      FRONTMATTER.replace('Test publisher', `Test ${controls.join('')}publisher`),
      BODY.replace('held a meeting', 'held\u200E\u200F\u061C\u200D\u200C a meeting'),
    );
    const found = check(text);
    expect(found).toHaveLength(controls.length);
    expect(found.map((p) => /U\+(\w+)/.exec(p)?.[1])).toEqual([
      '202A',
      '202B',
      '202C',
      '202D',
      '202E',
      '2066',
      '2067',
      '2068',
      '2069',
    ]);
  });

  it('rejects a bidi control in a glossary entry', () => {
    expect(checkTerm(TERM.replace('Brīks', 'Br\u2067īks'))).toEqual([
      "3:20: Invisible bidi control U+2067 RIGHT-TO-LEFT ISOLATE would reorder how this text is displayed. Delete it: Bayan sets each language's direction itself. (LRM, RLM, ALM, ZWJ and ZWNJ are allowed.)",
    ]);
  });
});

describe('the published source', () => {
  it('accepts paragraphs equal to the source', () => {
    expect(check(readout(), true)).toEqual([]);
  });

  it('names the paragraph, the line and the first differing character of one changed letter', () => {
    const text = readout(FRONTMATTER, BODY.replace('عقد الرئيس', 'عقد الرئيسين'));
    expect(check(text, true)).toEqual([
      `${lineOf(text, 'عقد')}:11: Arabic paragraph 1 differs from the published text (content/sources/test.ar.txt, line 1) at character 11: the source has " " (U+0020) in «عقد الرئيس شي جينبينغ », this file has "ي" (U+064A) in «عقد الرئيسين شي جينبين». Copy the paragraph from the source exactly.`,
    ]);
  });

  it('says when the readout has fewer paragraphs than the source', () => {
    const text = readout(FRONTMATTER, BODY.slice(0, BODY.indexOf('أشار')));
    expect(check(text, true)).toContainEqual(
      `${lineOf(text, 'عقد')}:1: The readout has 1 Arabic paragraph(s); its published text content/sources/test.ar.txt has 2. Each line of the source is one paragraph: add or remove paragraphs until they match.`,
    );
  });

  it('leaves a readout without a kept source unchecked', () => {
    expect(check(readout(FRONTMATTER, BODY.replace('عقد الرئيس', 'عقد الرئيسين')))).toEqual([]);
  });
});
