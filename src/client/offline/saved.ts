/** The readouts this device saved, read by the pages straight from the cache the service worker keeps them in. */
import { cacheNames, type SavedRecord } from '../../lib/offline/keys.ts';
import { localePath, readoutPath, sitePath } from '../../lib/site/urls.ts';

/** The worker's scope: the site's base as an absolute URL. */
export const scope = () => new URL(sitePath(), location.href).href;

export async function savedRecords(): Promise<SavedRecord[]> {
  if (!('caches' in self) || !(await caches.has(cacheNames(scope()).saved))) return [];
  const saved = await caches.open(cacheNames(scope()).saved);
  const records = await Promise.all((await saved.keys()).map(async (k) => (await saved.match(k))?.json()));
  return (records as (SavedRecord | undefined)[]).filter((r): r is SavedRecord => r !== undefined);
}

/** A readout's reading page in this page's interface language. */
export const readingHref = (slug: string) => sitePath(localePath(document.documentElement.lang, readoutPath(slug)));

/** The readout a reading page's address names (`…/readouts/<slug>/`). */
export const slugOfPage = (path: string) => /\/readouts\/([^/]+)\/$/.exec(path)?.[1];
