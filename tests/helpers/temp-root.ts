/**
 * Global setup for Vitest and Playwright: every temporary folder a test makes (os.tmpdir(), here and in the
 * builds it starts) goes under one folder for the run, removed when the run ends, so runs do not leave
 * thousands of copied sites and fixtures in /tmp. Workers start after this and inherit TMPDIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'bayan-tests-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = root;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
