/** Where readouts live and how a file name becomes a slug — shared by the site and the content checker. */
import { basename } from 'node:path';

export const READOUTS_DIR = process.env['BAYAN_READOUTS_DIR'] ?? './content/readouts';
export const READOUT_PATTERN = '**/*.md';

/** `2021/xi-putin-2021-12-15.md` → `xi-putin-2021-12-15`. */
export function slugOf(path: string): string {
  return basename(path, '.md');
}

/** A slug becomes part of every paragraph link, so it stays URL-safe. */
export const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
