import { describe, expect, it } from 'vitest';
import { namedTerms, suggest } from '../../../src/lib/search/named-terms.ts';

const SCO = {
  id: 'sco',
  en: 'Shanghai Cooperation Organisation',
  ar: 'منظمة شانغهاي للتعاون',
  keys: ['sco', 'shanghai cooperation organisation', 'منظمه شانغهاي للتعاون'],
};
const PUTIN = {
  id: 'putin',
  en: 'Vladimir Putin',
  ar: 'فلاديمير بوتين',
  keys: ['vladimir putin', 'putin', 'فلاديمير بوتين'],
};

describe('the glossary entries a query names (src/lib/search/named-terms.ts)', () => {
  it('takes a whole name or alias, or the start of a longer name of two words or more', () => {
    expect(namedTerms(['sco'], [SCO, PUTIN])).toEqual([SCO]);
    expect(namedTerms(['shanghai', 'cooperation'], [SCO, PUTIN])).toEqual([SCO]);
    expect(namedTerms(['shanghai'], [SCO, PUTIN])).toEqual([]);
  });

  it('suggests the other language’s name of a started name, or the closest name in the query’s language', () => {
    expect(suggest(['shanghai'], 'shanghai', [SCO, PUTIN])).toEqual([{ text: SCO.ar, term: SCO }]);
    expect(suggest(['pootin'], 'Pootin', [SCO, PUTIN])).toEqual([{ text: PUTIN.en, term: PUTIN }]);
  });
});
