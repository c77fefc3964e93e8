import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Three processes take the tests' build lock at once (tests/helpers/astro-build.ts); their turns must not overlap. */
it('lets one test build at a time', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bayan-lock-'));
  const script = `
    import { appendFileSync } from 'node:fs';
    import { withBuildLock } from './tests/helpers/astro-build.ts';
    withBuildLock(() => {
      const start = Date.now();
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
      appendFileSync(${JSON.stringify(join(dir, 'turns'))}, start + ' ' + Date.now() + '\\n');
    });`;
  const env = { ...process.env, BAYAN_BUILD_LOCK: join(dir, 'lock') };
  const turn = () =>
    new Promise<number | null>((done) =>
      spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: 'inherit' }).on('exit', done),
    );
  expect(await Promise.all([turn(), turn(), turn()])).toEqual([0, 0, 0]);
  const turns = readFileSync(join(dir, 'turns'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' ').map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0]);
  expect(turns).toHaveLength(3);
  for (let i = 1; i < turns.length; i++) expect(turns[i]![0]).toBeGreaterThanOrEqual(turns[i - 1]![1]);
});
