/**
 * Is the site online still this worker's build? A response is kept only if a check of the build's
 * stamp started after it arrived says so: the host serves one build at a time, so the stamp read
 * after a response names the build that answered it. Checks that start together share one request.
 */
import { STAMP_PATH } from '../../../lib/offline/keys.ts';
import { at, BUILD, worker } from './scope.ts';

let latest: { started: number; same: Promise<boolean> } | undefined;
let stale = false;

/** Whether the site online is this build, as read no earlier than `after` (ms); false when it cannot be read. */
export function sameBuildSince(after: number): Promise<boolean> {
  if (latest && latest.started >= after) return latest.same;
  const started = performance.now();
  const same = fetch(at(STAMP_PATH), { cache: 'no-store' })
    .then(async (r) => r.ok && (await r.text()).trim() === BUILD)
    .catch(() => undefined)
    .then((ok) => {
      // Unreadable (offline) says nothing about a newer build.
      if (ok === false && !stale) announceStale();
      return ok === true;
    });
  latest = { started, same };
  return same;
}

/**
 * A newer build is online: fetch its worker now rather than at the browser's next check, so the
 * reader hears of it (its worker tells the pages once installed: worker.ts).
 */
function announceStale() {
  stale = true;
  void worker.registration.update().catch(() => undefined);
}

/** Whether a newer build has been seen online. */
export const isStale = () => stale;
