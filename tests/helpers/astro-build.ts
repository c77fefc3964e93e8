/**
 * `astro build` from a test, one at a time. Every build in a checkout writes the project's `.astro/`
 * (its prerender chunks), so two at once break each other ("Cannot find module …/.astro/.prerender/chunks/…"):
 * Playwright runs specs in two workers and Vitest may run build tests side by side. A build takes a lock (a
 * folder, made atomically) and waits while another holds it; a lock whose holder has died is taken over.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = process.env['BAYAN_BUILD_LOCK'] ?? join('node_modules', '.bayan-astro-build.lock');
const WAIT_MS = 250;
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function acquire(): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch {
      let holder = NaN;
      try {
        holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        // Made but not yet written: its holder is about to write it.
      }
      if (Number.isInteger(holder) && !alive(holder)) rmSync(LOCK, { recursive: true, force: true });
      else sleep(WAIT_MS);
    }
  }
}

/** Runs `work` while no other process holds the build lock. */
export function withBuildLock<T>(work: () => T): T {
  acquire();
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** `astro build <args>` under the pinned Node with `env` added, waiting for any other test's build to end. */
export const astroBuild = (args: string[], env: Record<string, string>, timeout = 240_000): SpawnSyncReturns<string> =>
  withBuildLock(() =>
    spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], {
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      timeout,
      maxBuffer: 1 << 28,
    }),
  );
