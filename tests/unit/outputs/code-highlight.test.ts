import { describe, expect, it } from 'vitest';
import { highlightCode, highlightNumbered } from '../../../src/lib/outputs/code-highlight.ts';

describe('highlightNumbered', () => {
  const latex = (n: number) => `\\autocite[${n}]{bayan:some-readout}`;
  const csl = (n: number) => JSON.stringify({ citationItems: [{ id: 'bayan-x', locator: String(n) }] }, null, 2);

  it('gives what highlighting the code itself gives, for each paragraph number', async () => {
    for (const n of [1, 12, 18])
      for (const [code, lang] of [
        [latex, 'latex'],
        [csl, 'json'],
      ] as const)
        expect(await highlightNumbered(code, n, lang)).toBe(await highlightCode(code(n), lang));
  });

  it('falls back to the code itself when the stand-in number occurs in it otherwise', async () => {
    const odd = (n: number) => `\\autocite[${n}]{bayan:readout-9876543210}`;
    expect(await highlightNumbered(odd, 7, 'latex')).toBe(await highlightCode(odd(7), 'latex'));
    const text = (await highlightNumbered(odd, 7, 'latex')).replace(/<[^>]+>/g, '');
    expect(text).toBe(odd(7));
  });
});
