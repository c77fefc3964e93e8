import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTree, syncFiles } from '../../../src/lib/build/sync-files.ts';

describe('syncFiles', () => {
  it('writes only the files whose bytes change, and deletes the rest with the folders they empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-sync-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'gone'));
    writeFileSync(join(dir, 'a/same.json'), 'same');
    writeFileSync(join(dir, 'a/changed.json'), 'old');
    writeFileSync(join(dir, 'gone/x.json'), 'x');
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'a/same.json'), past, past);

    const synced = syncFiles(
      dir,
      new Map([
        ['a/same.json', 'same'],
        ['a/changed.json', 'new'],
        ['b/new.json', 'new'],
      ]),
    );
    expect(synced).toEqual({ written: 2, deleted: 1 });
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual([
      'a',
      'a/changed.json',
      'a/same.json',
      'b',
      'b/new.json',
    ]);
    expect(readFileSync(join(dir, 'a/changed.json'), 'utf8')).toBe('new');
    // Left as it was: an incremental build's later passes and an upload see it unchanged.
    expect(statSync(join(dir, 'a/same.json')).mtimeMs).toBe(past.getTime());
    expect([...readTree(dir).keys()].sort()).toEqual(['a/changed.json', 'a/same.json', 'b/new.json']);
  });

  it('leaves what `keep` names as it is, unread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bayan-sync-'));
    mkdirSync(join(dir, 'kept'));
    writeFileSync(join(dir, 'kept/x.json'), 'x');
    writeFileSync(join(dir, 'stale.json'), 'y');
    expect(syncFiles(dir, new Map(), (path) => path === 'kept')).toEqual({ written: 0, deleted: 1 });
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(['kept', 'kept/x.json']);
  });
});
