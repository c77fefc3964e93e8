import { describe, expect, it } from 'vitest';
import { parseParagraphHash } from '../../src/lib/paragraph-hash.ts';

describe('paragraph links', () => {
  it('reads #p-12 as paragraph 12', () => {
    expect(parseParagraphHash('#p-12')).toEqual({ from: 12, to: 12 });
  });
  it('reads #p-4-6 as paragraphs 4 to 6, and a reversed range the same way', () => {
    expect(parseParagraphHash('#p-4-6')).toEqual({ from: 4, to: 6 });
    expect(parseParagraphHash('#p-6-4')).toEqual({ from: 4, to: 6 });
  });
  it('ignores other fragments', () => {
    for (const hash of ['', '#main', '#p-', '#p-0', '#p-01', '#p-4-', '#p-4-6-8', '#p-x']) expect(parseParagraphHash(hash)).toBeNull();
  });
});
