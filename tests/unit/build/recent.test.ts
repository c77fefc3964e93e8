import { describe, expect, it } from 'vitest';
import { recent } from '../../../src/lib/build/recent.ts';

describe('recent', () => {
  it('makes a result once while it is among the last used, and forgets the least recently used', () => {
    const made: string[] = [];
    const memo = recent<string, string>(2);
    const get = (key: string) => memo(key, () => (made.push(key), key.toUpperCase()));
    expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
    get('c'); // 'b' was used least recently
    get('a');
    get('b');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});
