/** The messages between the pages and the service worker (src/client/offline/sw/worker.ts). */
import type { SavedRecord } from '../../lib/offline/keys.ts';

/** To the worker; save and remove answer on the message's port. */
export type ToWorker = { type: 'save'; slug: string } | { type: 'remove'; slug: string } | { type: 'skip-waiting' };

/** From the worker, on the port of a save or remove. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number; bytes: number }
  | { type: 'saved'; record: SavedRecord }
  | { type: 'removed' }
  | { type: 'newer' }
  | { type: 'failed'; error: string };

/** Told to every page by a new build's worker once it has installed, waiting for a reload to take over. */
export const WAITING = 'bayan-waiting';
