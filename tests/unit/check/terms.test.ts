import { describe, expect, it } from 'vitest';
import { checkTerms } from '../../../src/lib/check/terms.ts';
import { termEntry } from '../../helpers/terms.ts';

const entry = termEntry;
const check = (files: Record<string, string>) =>
  checkTerms(Object.entries(files).map(([file, text]) => ({ file, text }))).map(
    (p) => `${p.file}:${p.line}: ${p.message}`,
  );

describe('checkTerms', () => {
  it('accepts a valid entry', () => {
    expect(check({ 'content/terms/brics.yaml': entry() })).toEqual([]);
  });

  it('names the line of an unknown kind', () => {
    expect(check({ 'content/terms/brics.yaml': entry().replace('kind: organisation', 'kind: club') })[0]).toMatch(
      /^content\/terms\/brics\.yaml:1: Glossary entry field "kind": Invalid option: expected one of "person"\|"organisation"/,
    );
  });

  it('names a missing note, and a note missing in one language', () => {
    expect(check({ 'content/terms/brics.yaml': entry().replace(/note:\n(  .*\n)+/, '') })).toEqual([
      'content/terms/brics.yaml:1: Glossary entry field "note" is missing. Add it (see README).',
    ]);
    expect(check({ 'content/terms/brics.yaml': entry().replace(/  ar: تجمع.*\n/, '') })).toEqual([
      'content/terms/brics.yaml:8: Glossary entry field "note.ar" is missing. Add it (see README).',
    ]);
  });

  it('rejects HTML in any text field that reaches a page, at its line', () => {
    const withNote = entry().replace('en: The grouping', 'en: <svg onload=alert(1)> The grouping');
    expect(check({ 'content/terms/brics.yaml': withNote })).toEqual([
      'content/terms/brics.yaml:8: Glossary entry field "note.en": holds HTML ("<svg…"); write plain text without tags or comments.',
    ]);
    const withForm = entry().replace('en: [BRICS]', 'en: [BRICS, "<b>BRICS</b>"]');
    expect(check({ 'content/terms/brics.yaml': withForm })).toEqual([
      'content/terms/brics.yaml:6: Glossary entry field "forms.en.1": holds HTML ("<b>…"); write plain text without tags or comments.',
    ]);
    const withComment = entry('aliases: ["<!-- hidden -->"]\n');
    expect(check({ 'content/terms/brics.yaml': withComment })).toEqual([
      'content/terms/brics.yaml:10: Glossary entry field "aliases.0": holds HTML ("<!--…"); write plain text without tags or comments.',
    ]);
  });

  it("rejects Western digits in Bayan's own Arabic, naming the Arabic-Indic ones, and keeps them in forms", () => {
    const dated = entry().replace('ar: بريكس}', 'ar: بريكس 2009}').replace('ar: [بريكس]', 'ar: [بريكس, بريكس 2009]');
    expect(check({ 'content/terms/brics.yaml': dated })).toEqual([
      'content/terms/brics.yaml:2: Glossary entry field "name.ar": has the Western digits "2009"; Bayan\'s own Arabic uses Arabic-Indic digits (٢٠٠٩).',
    ]);
    expect(check({ 'content/terms/brics.yaml': dated.replace('ar: بريكس 2009}', 'ar: بريكس ٢٠٠٩}') })).toEqual([]);
  });

  it('requires the names in the meeting’s languages, or an explained absence, and a source for each', () => {
    const withoutRussian = entry().replace('ru: {name: БРИКС}\n', '');
    expect(check({ 'content/terms/brics.yaml': withoutRussian })).toEqual(
      [
        'content/terms/brics.yaml:1: No Russian name. Add ru: {name: …} (the form the Kremlin and Russia’s foreign ministry use), or absent.ru: {en: …, ar: …} saying why there is none.',
        'content/terms/brics.yaml:1: The ru name has no source. Add sources: [{for: ru, url: https://…}] (an official page that uses it).',
      ].slice(0, 1),
    );
    const explained = withoutRussian.replace(
      'sources:',
      'absent:\n  ru: {en: No Russian form is established., ar: لا صيغة روسية ثابتة.}\nsources:',
    );
    expect(check({ 'content/terms/brics.yaml': explained })).toEqual([]);
    const term = entry().replace('kind: organisation', 'kind: term');
    expect(check({ 'content/terms/brics.yaml': term })[0]).toMatch(/A term records the Chinese formula it renders/);
    const unsourced = entry().replace("  - {for: zh, url: 'https://www.fmprc.gov.cn/'}\n", '');
    expect(check({ 'content/terms/brics.yaml': unsourced })).toEqual([
      'content/terms/brics.yaml:10: The zh name has no source. Add sources: [{for: zh, url: https://…}] (an official page that uses it).',
    ]);
  });

  it('refuses a former id that is a live entry’s, since its URL can lead to one entry only', () => {
    const renamed = entry('formerly: [brics-group]\n');
    expect(check({ 'content/terms/brics.yaml': renamed })).toEqual([]);
    expect(
      check({
        'content/terms/brics.yaml': renamed,
        'content/terms/brics-group.yaml': entry()
          .replace('ar: [بريكس]', 'ar: [مجموعة]')
          .replace('en: [BRICS]', 'en: [Group]'),
      }),
    ).toContainEqual(
      'content/terms/brics.yaml:10: The former id "brics-group" is also a live entry; its URL can lead to one entry only.',
    );
  });

  it('lets a bare "<" stand in plain text', () => {
    expect(
      check({ 'content/terms/brics.yaml': entry().replace('South Africa.', 'South Africa (< 5 % of members).') }),
    ).toEqual([]);
  });

  it('names a related term that does not exist', () => {
    expect(check({ 'content/terms/brics.yaml': entry('related: [brics-plus]\n') })).toEqual([
      'content/terms/brics.yaml:10: Related term "brics-plus" does not exist. Use the id (file name) of another entry in content/terms/.',
    ]);
  });

  it('names a form that two entries claim, however it is spelled', () => {
    const other = entry()
      .replace('en: BRICS,', 'en: BRICS group,')
      .replace('[BRICS]', '[BRICS group]')
      .replace('[بريكس]', '[البريكس]');
    expect(check({ 'content/terms/brics.yaml': entry(), 'content/terms/brics-group.yaml': other })).toEqual([
      'content/terms/brics-group.yaml:5: The form "البريكس" also belongs to "brics". Keep it in one entry only.',
    ]);
  });
});
