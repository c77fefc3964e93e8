import { describe, expect, it } from 'vitest';
import { idsOf, parseParagraphHash } from '../../../src/lib/readout/paragraph-hash.ts';
import { hashOf } from '../../../src/lib/readout/paragraph-link.ts';

describe('paragraph links', () => {
  it('reads #p-12 as paragraph 12', () => {
    expect(parseParagraphHash('#p-12')).toEqual({ from: 12, to: 12 });
  });
  it('reads #p-4-6 as paragraphs 4 to 6, and a reversed range the same way', () => {
    expect(parseParagraphHash('#p-4-6')).toEqual({ from: 4, to: 6 });
    expect(parseParagraphHash('#p-6-4')).toEqual({ from: 4, to: 6 });
  });
  it('reads #p-15.7 as sentence 7 of paragraph 15, and #p-15.7-9 (or #p-15.9-7) as its sentences 7 to 9', () => {
    expect(parseParagraphHash('#p-15.7')).toEqual({ from: 15, to: 15, sentences: { from: 7, to: 7 } });
    expect(parseParagraphHash('#p-15.7-9')).toEqual({ from: 15, to: 15, sentences: { from: 7, to: 9 } });
    expect(parseParagraphHash('#p-15.9-7')).toEqual({ from: 15, to: 15, sentences: { from: 7, to: 9 } });
  });
  it('names the ids a link needs, and writes ranges back as links', () => {
    expect(idsOf(parseParagraphHash('#p-4-6')!)).toEqual(['p-4', 'p-6']);
    expect(idsOf(parseParagraphHash('#p-15.7-9')!)).toEqual(['p-15.7', 'p-15.9']);
    for (const hash of ['#p-12', '#p-4-6', '#p-15.7', '#p-15.7-9'])
      expect(hashOf(parseParagraphHash(hash)!)).toBe(hash);
  });
  it('ignores other fragments', () => {
    for (const hash of [
      '',
      '#main',
      '#p-',
      '#p-0',
      '#p-01',
      '#p-4-',
      '#p-4-6-8',
      '#p-x',
      '#p-15.',
      '#p-15.0',
      '#p-15.7.2',
      '#p-4-6.2',
      '#p-15.7-',
    ])
      expect(parseParagraphHash(hash)).toBeNull();
  });
});
