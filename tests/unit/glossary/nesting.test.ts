import { describe, expect, it } from 'vitest';
import { termsNaming } from '../../../src/lib/glossary/nesting.ts';
import { loadGlossary } from '../../../src/lib/glossary/load.ts';
import type { Term } from '../../../src/schemas/term.ts';

const term = (id: string, ar: string[], en: string[], aliases: string[] = []) =>
  ({
    id,
    kind: 'term',
    name: { en: en[0], ar: ar[0] },
    forms: { ar, en },
    aliases,
    note: { en: '', ar: '' },
    transliteration: '',
    marking: 'every',
    related: [],
    absent: {},
    sources: [],
    formerly: [],
  }) as Term;

describe('termsNaming', () => {
  const un = term('un', ['الأمم المتحدة'], ['United Nations'], ['UN']);
  const unsc = term('unsc', ['مجلس الأمن التابع للأمم المتحدة'], ['United Nations Security Council']);
  const unga = term('unga', ['الدورة الـ76 للجمعية العامة للأمم المتحدة'], ['76th UN General Assembly']);
  const china = term('china', ['الصين'], ['China']);
  const cpc = term('cpc', ['الحزب الشيوعي الصيني'], ['Communist Party of China']);

  it('finds a name inside longer names, in either language, after Arabic clitics', () => {
    expect(termsNaming(un, [un, unsc, unga, china]).map((t) => t.id)).toEqual(['unsc', 'unga']);
  });

  it('never matches inside a longer word', () => {
    // الصين is not الصيني, China is not Chinese; but "Communist Party of China" does name China.
    expect(termsNaming(china, [china, term('x', ['الشعب الصيني', 'الصينيون'], ['Chinese people'])])).toEqual([]);
    expect(termsNaming(china, [china, cpc]).map((t) => t.id)).toEqual(['cpc']);
  });

  it('says where the readouts name the United Nations and the CPC Central Committee', () => {
    const { terms, byId } = loadGlossary();
    expect(termsNaming(byId.get('united-nations')!, terms).map((t) => t.id)).toEqual(
      expect.arrayContaining(['un-security-council', 'unga-76']),
    );
    expect(termsNaming(byId.get('cpc-central-committee')!, terms).map((t) => t.id)).toContain('sixth-plenary-session');
  });
});
