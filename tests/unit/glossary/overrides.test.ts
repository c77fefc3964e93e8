import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../src/lib/glossary/overrides.ts';
import { NO_TERM } from '../../../src/lib/readout/body.ts';

describe('applyOverrides (::term lines)', () => {
  const text = 'قال رئيس مجلس الأمن';
  const auto = [{ id: 'council', start: 9, end: 19 }];

  it('marks the named text as the given term, replacing the automatic marks it overlaps', () => {
    expect(applyOverrides(auto, [{ text: 'الامن', id: 'security' }], text)).toEqual([
      { id: 'security', start: 14, end: 19 },
    ]);
  });

  it('leaves the named text unmarked with id=none', () => {
    expect(applyOverrides(auto, [{ text: 'مجلس', id: NO_TERM }], text)).toEqual([]);
  });

  it('changes nothing without overrides', () => {
    expect(applyOverrides(auto, [], text)).toBe(auto);
  });
});
