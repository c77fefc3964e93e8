/** Helpers shared by the benchmarks: a static server and a Chromium with the project's flags. */
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Serves a built site (scripts/serve.ts) until stop() is called. */
export async function serve(dir = 'dist', port = 4399): Promise<{ url: string; stop: () => void }> {
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`scripts/serve.ts did not answer on ${url}`);
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
