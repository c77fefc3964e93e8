/**
 * Digests of the files a pass after the build has just read or written, handed to the offline build id
 * (src/lib/offline/build-id.ts), so that a build from scratch does not read every page a second time: the page
 * pass (src/integrations/page-pass.ts) reads each page anyway, on the main thread while the search index is
 * built on the other core. Keyed by dist-relative path, with the size and time the digest belongs to.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';

export type Digest = [size: number, mtimeMs: number, hex: string];

const fresh = new Map<string, Digest>();

export const digestOf = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Remembers the digest of `content`, which the file `file` (at `path` in dist/) now holds. */
export function rememberDigest(path: string, file: string, content: string): void {
  const { size, mtimeMs } = statSync(file);
  fresh.set(path, [size, mtimeMs, digestOf(content)]);
}

/** The digest remembered for `path`, if the file still has the size and time it had then. */
export function rememberedDigest(path: string, size: number, mtimeMs: number): string | undefined {
  const digest = fresh.get(path);
  return digest && digest[0] === size && digest[1] === mtimeMs ? digest[2] : undefined;
}
