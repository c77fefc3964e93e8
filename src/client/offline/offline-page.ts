/**
 * The offline page (src/views/OfflinePage.astro), shown by the service worker in place of a page not
 * saved: names the address asked for, and lists the readouts this device saved, in the interface's language.
 */
import { offlineWords } from '../../i18n/scripts/offline.ts';
import { readingHref, savedRecords } from './saved.ts';

const t = offlineWords();
const missing = document.querySelector<HTMLElement>('[data-offline-missing]');
// Under the address of the page asked for, not its own.
if (missing && !/\/offline\/$/.test(location.pathname)) {
  // An address is Latin in either interface: marked as such, and kept left to right.
  const address = document.createElement('code');
  address.lang = 'en';
  address.dir = 'ltr';
  address.textContent = decodeURI(location.pathname);
  missing.append(`${t.missing} `, address);
  missing.hidden = false;
}
const section = document.querySelector<HTMLElement>('[data-offline-saved]');
const list = section?.querySelector('[data-offline-list]');
if (section && list) {
  const records = await savedRecords();
  const arabic = document.documentElement.lang === 'ar';
  for (const r of records.sort((a, b) => a.slug.localeCompare(b.slug))) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = readingHref(r.slug);
    link.textContent = arabic ? r.title.ar : r.title.en;
    item.append(link);
    list.append(item);
  }
  if (records.length === 0) {
    const none = document.createElement('li');
    none.textContent = t.none;
    list.append(none);
  }
  section.hidden = false;
}
