import { describe, expect, it } from 'vitest';
import { checkCollection, checkReadout } from '../../../src/lib/check/readout.ts';
import { BODY, FRONTMATTER, lineOf, readout } from '../../helpers/readouts.ts';

const FILE = 'content/readouts/test.md';
const check = (text: string) => checkReadout(FILE, text).map((p) => `${p.line}: ${p.message}`);

describe('checkReadout', () => {
  it('accepts a well-formed readout', () => {
    expect(check(readout())).toEqual([]);
  });

  it('names the line of an Arabic paragraph without a gloss', () => {
    const text = readout(FRONTMATTER, 'فقرة بلا ترجمة.\n\n' + BODY);
    expect(check(text)).toEqual([
      `${lineOf(text, 'فقرة بلا ترجمة')}: Arabic paragraph 1 has no English gloss. Add a :::gloss{speaker=…} block right after it.`,
    ]);
  });

  it('names the line of a gloss without an Arabic paragraph', () => {
    const text = readout(FRONTMATTER, ':::gloss{speaker=narration}\nOrphan.\n:::\n\n' + BODY);
    expect(check(text)).toEqual([
      `${lineOf(text, ':::gloss')}: This gloss has no Arabic paragraph before it. Put the Arabic paragraph it translates directly above it.`,
    ]);
  });

  it('names two glosses in a row', () => {
    const text = readout(FRONTMATTER, BODY + '\n:::gloss{speaker=narration}\nAgain.\n:::\n');
    const first = lineOf(text, 'speaker=xi-jinping');
    expect(check(text)).toEqual([
      `${lineOf(text, 'Again.') - 1}: Two glosses in a row (the previous one starts on line ${first}). Merge them, or put the missing Arabic paragraph between them.`,
    ]);
  });

  it('names an empty gloss and a paragraph with no Arabic text', () => {
    const text = readout(FRONTMATTER, '...\n\n:::gloss{speaker=narration}\n:::\n');
    expect(check(text)).toEqual([
      `${lineOf(text, '...')}: Paragraph 1 is empty or has no Arabic text. Put the Arabic paragraph here, or remove the line.`,
      `${lineOf(text, ':::gloss')}: The gloss of paragraph 1 is empty. Write the English translation inside the :::gloss block.`,
    ]);
  });

  it('names an unknown speaker and lists the allowed ones', () => {
    const text = readout(FRONTMATTER, BODY.replace('speaker=xi-jinping', 'speaker=putin'));
    expect(check(text)).toEqual([
      `${lineOf(text, 'speaker=putin')}: Unknown speaker "putin" in the gloss of paragraph 2. Use one of: narration, xi-jinping (participants are listed in the front-matter).`,
    ]);
  });

  it('rejects a block of raw HTML between pairs', () => {
    const text = readout(FRONTMATTER, BODY + '\n<script>alert(1)</script>\n');
    expect(check(text)).toEqual([
      `${lineOf(text, '<script>')}: Raw HTML "<script>alert(1)</script>" is not allowed in a readout. Remove it; write plain text.`,
    ]);
  });

  it('rejects HTML in a front-matter text, at its line', () => {
    const text = readout(FRONTMATTER.replace(/  en: A two(.*)/, '  en: <script>alert(1)</script> A two$1'));
    expect(check(text)).toEqual([
      `${lineOf(text, '<script>')}: Front-matter field "summary.en": holds HTML ("<script>…"); write plain text without tags or comments.`,
    ]);
  });

  describe('raw HTML inside a pair, at its line and column', () => {
    const GLOSS_FIX =
      'Remove the tag and write plain text: mark quoted Arabic with :ar[…] and a term with :term[…]{id=…}.';
    const at = (text: string, needle: string) =>
      `${lineOf(text, needle)}:${text.split('\n')[lineOf(text, needle) - 1]!.indexOf(needle) + 1}`;
    const checkAt = (text: string) => checkReadout(FILE, text).map((p) => `${p.line}:${p.column}: ${p.message}`);

    it('in an Arabic paragraph: an element, inline', () => {
      const text = readout(FRONTMATTER, BODY.replace('عقد الرئيس', 'عقد <img src=x onerror=alert(1)> الرئيس'));
      expect(checkAt(text)).toEqual([
        `${at(text, '<img')}: Raw HTML "<img src=x onerror=alert(1)>" in Arabic paragraph 1. The Arabic is stored exactly as published, as plain text: remove the tag.`,
      ]);
    });

    it('in an Arabic paragraph: a formatting tag and a comment', () => {
      const text = readout(FRONTMATTER, BODY.replace('أشار شي', 'أشار <b>شي</b> <!-- x -->'));
      expect(checkAt(text)).toEqual([
        `${at(text, '<b>')}: Raw HTML "<b>" in Arabic paragraph 2. The Arabic is stored exactly as published, as plain text: remove the tag.`,
        `${at(text, '</b>')}: Raw HTML "</b>" in Arabic paragraph 2. The Arabic is stored exactly as published, as plain text: remove the tag.`,
        `${at(text, '<!--')}: Raw HTML "<!-- x -->" in Arabic paragraph 2. The Arabic is stored exactly as published, as plain text: remove the tag.`,
      ]);
    });

    it('in a gloss: a script inline and an iframe on its own line', () => {
      const inline = readout(FRONTMATTER, BODY.replace('held a meeting', 'held <script>alert(1)</script> a meeting'));
      expect(checkAt(inline)).toEqual([
        `${at(inline, '<script>')}: Raw HTML "<script>" in the gloss of paragraph 1. ${GLOSS_FIX}`,
        `${at(inline, '</script>')}: Raw HTML "</script>" in the gloss of paragraph 1. ${GLOSS_FIX}`,
      ]);
      const block = readout(
        FRONTMATTER,
        BODY.replace(
          'President Xi Jinping held a meeting.',
          'President Xi Jinping held a meeting.\n\n<iframe src="https://example.com/"></iframe>',
        ),
      );
      expect(checkAt(block)).toEqual([
        `${at(block, '<iframe')}: Raw HTML "<iframe src="https://example.com/"></ifr…" in the gloss of paragraph 1. ${GLOSS_FIX}`,
      ]);
    });

    it("in a translator's note", () => {
      const text = readout(FRONTMATTER, BODY.replace('Literally :ar', 'Literally <svg onload=alert(1)> :ar'));
      expect(checkAt(text)).toEqual([
        `${at(text, '<svg')}: Raw HTML "<svg onload=alert(1)>" in a translator's note of paragraph 2. ${GLOSS_FIX}`,
      ]);
    });
  });

  it('rejects Markdown that would change the verbatim Arabic', () => {
    const text = readout(FRONTMATTER, BODY.replace('عقد الرئيس', 'عقد *الرئيس*'));
    expect(check(text)).toEqual([
      `${lineOf(text, 'عقد *الرئيس*')}: Markdown syntax changes the text of Arabic paragraph 1. Store the Arabic exactly as published, without Markdown markup (*, _, [ ], <, \\).`,
    ]);
  });

  it('names the front-matter line where dir contradicts lang', () => {
    const text = readout(FRONTMATTER.replace('dir: rtl', 'dir: ltr'));
    expect(check(text)).toEqual([
      `${lineOf(text, 'dir: ltr')}: Front-matter field "dir": dir must be "rtl" for lang: ar.`,
    ]);
  });

  it('names a date that is not a real calendar date', () => {
    const text = readout(FRONTMATTER.replace('date: 2022-02-04', 'date: 2022-02-30'));
    expect(check(text)).toEqual([
      `${lineOf(text, 'date: 2022-02-30')}: Front-matter field "date": write a real calendar date as YYYY-MM-DD, e.g. 2021-12-15.`,
    ]);
  });

  it('names a missing title', () => {
    const text = readout(FRONTMATTER.replace(/title:\n.*\n.*\n/, ''));
    expect(check(text)).toEqual([
      `${lineOf(text, 'lang: ar')}: Front-matter field "title" is missing. Add it (see README, "Adding a readout").`,
    ]);
  });

  it('names a missing English title at the title block', () => {
    const text = readout(FRONTMATTER.replace('  en: A test readout\n', ''));
    expect(check(text)).toEqual([
      `${lineOf(text, 'ar: عنوان تجريبي')}: Front-matter field "title.en" is missing. Add it (see README, "Adding a readout").`,
    ]);
  });

  it('says so when there is no front-matter at all', () => {
    expect(check(BODY)[0]).toMatch(/^1: No front-matter\. Start the file with a --- block/);
  });

  it('names broken YAML with its line', () => {
    const text = readout(FRONTMATTER.replace('en: A two', 'en: [A two'));
    const [problem] = check(text);
    expect(problem).toMatch(/^\d+: Front-matter is not valid YAML: /);
  });
});

describe('checkReadout: sentence alignment', () => {
  const TWO = 'قال الرئيس كلمة. ثم غادر القاعة.';
  const withPair = (arabic: string, gloss: string) =>
    readout(FRONTMATTER, `${arabic}\n\n:::gloss{speaker=narration}\n${gloss}\n:::\n`);

  it('accepts one gloss line per Arabic sentence, a line that renders two with :sentences[2], and a line of two English sentences', () => {
    expect(check(withPair(TWO, 'The president spoke.\nThen he left the hall.'))).toEqual([]);
    expect(check(withPair(TWO, ':sentences[2] The president spoke, then left the hall.'))).toEqual([]);
    expect(check(withPair('قال الرئيس كلمة طويلة ثم غادر.', 'The president spoke at length. Then he left.'))).toEqual(
      [],
    );
  });

  it('names the gloss whose line count disagrees with the Arabic sentences, and lists where they start', () => {
    const text = withPair(TWO, 'The president spoke, then left the hall.');
    expect(check(text)).toEqual([
      `${lineOf(text, ':::gloss')}: Paragraph 1 has 2 Arabic sentence(s) but its gloss renders 1 (1 line(s)). Write one line of English per Arabic sentence (start a line with :sentences[N] when it renders N of them), or correct the Arabic breaks with ::split[…] / ::join[…]. The Arabic sentences start: 1. “قال الرئيس كلمة.” 2. “ثم غادر القاعة.”`,
    ]);
  });

  it('names the line of an empty segment', () => {
    const text = withPair(TWO, 'The president spoke.\n:sentences[2]');
    expect(check(text)).toContain(
      `${lineOf(text, ':sentences[2]')}: Empty segment in the gloss of paragraph 1 (line ${lineOf(text, ':sentences[2]')}). Each line of a gloss is the English of one Arabic sentence: write it, or remove the line.`,
    );
  });

  it('names a :sentences marker that is not a count of two or more, or not at the start of its line', () => {
    const text = withPair(TWO, ':sentences[one] The president spoke.\nThen he :sentences[2] left.');
    expect(check(text)).toEqual([
      `${lineOf(text, ':sentences[one]')}: :sentences[one] in the gloss of paragraph 1 must give a whole number of Arabic sentences, 2 or more (one is the default).`,
      `${lineOf(text, 'Then he')}: :sentences[…] must open its line in the gloss of paragraph 1: it says how many Arabic sentences that whole line renders.`,
    ]);
  });

  it('accepts a line that names its own speaker with :speaker[…], alone or beside :sentences[N]', () => {
    expect(check(withPair(TWO, ':speaker[xi-jinping] The president spoke.\nThen he left the hall.'))).toEqual([]);
    expect(check(withPair(TWO, ':sentences[2] :speaker[xi-jinping] The president spoke, then left.'))).toEqual([]);
    expect(check(withPair(TWO, ':speaker[xi-jinping] :sentences[2] The president spoke, then left.'))).toEqual([]);
  });

  it('names a :speaker marker with an unknown id, or not at the start of its line', () => {
    const text = withPair(TWO, ':speaker[nobody] The president spoke.\nThen he :speaker[xi-jinping] left.');
    expect(check(text)).toEqual([
      `${lineOf(text, ':speaker[nobody]')}: Unknown speaker "nobody" in :speaker[…] in the gloss of paragraph 1. Use one of: narration, xi-jinping (participants are listed in the front-matter).`,
      `${lineOf(text, 'Then he')}: :speaker[…] must open its line in the gloss of paragraph 1: it names who speaks that whole line.`,
    ]);
  });

  it('applies ::split and ::join overrides, and names one that points at nothing', () => {
    expect(check(withPair(TWO, 'The president spoke, then left.\n\n::join[كلمة. ثم]'))).toEqual([]);
    expect(check(withPair(TWO, 'The president spoke.\nThen he left\nthe hall.\n\n::split[القاعة]'))).toEqual([]);
    const missing = withPair(TWO, 'The president spoke.\nThen he left the hall.\n\n::split[المؤتمر]');
    expect(check(missing)).toEqual([
      `${lineOf(missing, '::split')}: The override ::split[المؤتمر] does not occur in Arabic paragraph 1. ::split[…] names the words a sentence starts with; copy them exactly as they stand in the paragraph.`,
    ]);
    const pointless = withPair(TWO, 'The president spoke.\nThen he left the hall.\n\n::join[قال الرئيس]');
    expect(check(pointless)).toContain(
      `${lineOf(pointless, '::join')}: ::join[قال الرئيس] holds no sentence break in paragraph 1. Quote the words on both sides of the full stop, or remove the line.`,
    );
    const twice = withPair('قال كلمة. ثم قال كلمة.', 'He spoke.\nThen he spoke.\n\n::split[كلمة]');
    expect(check(twice)).toContain(
      `${lineOf(twice, '::split')}: The override ::split[كلمة] occurs more than once in Arabic paragraph 1. Quote more words, so that it points at one place.`,
    );
    const already = withPair(TWO, 'The president spoke.\nThen he left the hall.\n\n::split[ثم غادر]');
    expect(check(already)).toContain(
      `${lineOf(already, '::split')}: ::split[ثم غادر] points at a sentence that already starts there in paragraph 1. Remove the line.`,
    );
  });
});

describe('checkCollection', () => {
  it('names a duplicate slug in another folder', () => {
    const problems = checkCollection(['content/readouts/2021/meeting.md', 'content/readouts/2022/meeting.md']);
    expect(problems).toEqual([
      {
        file: 'content/readouts/2022/meeting.md',
        line: 1,
        column: 1,
        message:
          'Duplicate slug "meeting": content/readouts/2021/meeting.md has the same file name. Rename one of them; the file name is the readout\'s URL.',
      },
    ]);
  });

  it('names a file name that cannot be a URL', () => {
    expect(checkCollection(['content/readouts/Xi Putin.md'])[0]?.message).toMatch(
      /^File name "Xi Putin" cannot be a URL slug/,
    );
  });
});
