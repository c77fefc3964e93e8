/**
 * The glossary as a termbase for CAT tools: TBX-Basic in the 2008 `martif` form (termEntry / langSet / tig),
 * the form translation tools import today (translate-toolkit 3.8 rejects the 2019 `<tbx>` form). One concept
 * entry per term; a language section each for Arabic, English, Chinese and Russian with the name, its forms
 * and short forms, the part of speech, and the note as the definition in its own language (docs/exports.md).
 */
import { TERM_KIND_IDS, type Term, type TermKind } from '../../schemas/term.ts';
import { xml } from './exports.ts';

/** Every kind but `term` names one thing (a person, body, place, event, document): a proper noun. */
const PROPER: readonly TermKind[] = TERM_KIND_IDS.filter((kind) => kind !== 'term');

type TermType = 'fullForm' | 'variant' | 'abbreviation' | 'phrase';
interface Tig {
  term: string;
  type: TermType;
  note?: string;
}

/** All-capital Latin or Cyrillic letters: an acronym or abbreviation (SCO, ШОС, BRICS). */
const isAbbreviation = (s: string) => /^[A-ZА-ЯЁ]{2,}$/u.test(s);

function langSets(t: Term): { lang: string; definition?: string; tigs: Tig[] }[] {
  const unique = (tigs: Tig[]) => tigs.filter((tig, i) => tigs.findIndex((o) => o.term === tig.term) === i);
  const aliases = (script: RegExp) => t.aliases.filter((a) => script.test(a));
  const ar = unique([
    { term: t.name.ar, type: 'fullForm' },
    ...t.forms.ar.map((f): Tig => ({ term: f, type: 'variant' })),
    ...aliases(/[\u0600-\u06ff]/u).map((a): Tig => ({ term: a, type: 'variant' })),
  ]);
  const en = unique([
    { term: t.name.en, type: 'fullForm' },
    ...t.forms.en.map((f): Tig => ({ term: f, type: 'variant' })),
    ...aliases(/^[\p{Script=Latin}\p{N}\p{P}\s]+$/u).map((a): Tig => ({
      term: a,
      type: isAbbreviation(a) ? 'abbreviation' : 'variant',
    })),
  ]);
  const zh = unique([
    ...(t.zh ? [{ term: t.zh.name, type: 'fullForm' as const, note: `pinyin: ${t.zh.pinyin}` }] : []),
    ...(t.zh?.short ?? []).map((s): Tig => ({ term: s, type: 'abbreviation' })),
    ...(t.formula ? [{ term: t.formula.zh, type: 'phrase' as const, note: `pinyin: ${t.formula.pinyin}` }] : []),
  ]);
  const ru = unique([
    ...(t.ru ? [{ term: t.ru.name, type: 'fullForm' as const }] : []),
    ...[...(t.ru?.short ?? []), ...aliases(/[\u0400-\u04ff]/u)].map((s): Tig => ({
      term: s,
      type: isAbbreviation(s) ? 'abbreviation' : 'variant',
    })),
  ]);
  return [
    { lang: 'ar', definition: t.note.ar, tigs: ar },
    { lang: 'en', definition: t.note.en, tigs: en },
    { lang: 'zh', tigs: zh },
    { lang: 'ru', tigs: ru },
  ].filter((set) => set.tigs.length > 0);
}

/** The whole glossary as TBX-Basic (2008 martif). */
export function toTbx(terms: readonly Term[], site: string): string {
  const entry = (t: Term) => {
    const pos = PROPER.includes(t.kind) ? 'properNoun' : 'noun';
    const sets = langSets(t).map(({ lang, definition, tigs }) =>
      [
        `      <langSet xml:lang="${lang}">`,
        ...(definition ? [`        <descrip type="definition">${xml(definition)}</descrip>`] : []),
        ...tigs.map((tig) =>
          [
            '        <tig>',
            `          <term>${xml(tig.term)}</term>`,
            `          <termNote type="termType">${tig.type}</termNote>`,
            `          <termNote type="partOfSpeech">${pos}</termNote>`,
            ...(tig.note ? [`          <note>${xml(tig.note)}</note>`] : []),
            '        </tig>',
          ].join('\n'),
        ),
        '      </langSet>',
      ].join('\n'),
    );
    return [
      `    <termEntry id="${xml(t.id)}">`,
      `      <descrip type="subjectField">${xml(t.kind)}</descrip>`,
      `      <xref type="externalCrossReference" target="${xml(`${site}terms/${t.id}/`)}">${xml(t.name.en)}</xref>`,
      ...(t.formula?.['official-en']
        ? [`      <note>${xml(`Official English: ${t.formula['official-en']}`)}</note>`]
        : []),
      ...sets,
      '    </termEntry>',
    ].join('\n');
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<martif type="TBX-Basic" xml:lang="en">',
    '  <martifHeader>',
    '    <fileDesc>',
    '      <titleStmt><title>Bayan glossary</title></titleStmt>',
    `      <sourceDesc><p>${xml(`People, bodies, initiatives and diplomatic terms of the readouts, in Arabic, English, Chinese and Russian. ${site}terms/`)}</p></sourceDesc>`,
    '    </fileDesc>',
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
    ...terms.map(entry),
    '    </body>',
    '  </text>',
    '</martif>',
    '',
  ].join('\n');
}
