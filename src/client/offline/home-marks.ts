/** The home page marks each readout this device saved, beside its date (docs/offline.md). */
import { offlineWords } from '../../i18n/scripts/offline.ts';
import { savedRecords, slugOfPage } from './saved.ts';

const saved = new Set((await savedRecords()).map((r) => r.slug));
for (const link of document.querySelectorAll<HTMLAnchorElement>('.readout-list h2 a')) {
  const slug = slugOfPage(new URL(link.href).pathname);
  const meta = link.closest('article')?.querySelector('.meta');
  if (!slug || !saved.has(slug) || !meta) continue;
  const mark = document.createElement('span');
  mark.className = 'offline-mark';
  mark.textContent = offlineWords().mark;
  meta.append(' ', mark);
}
