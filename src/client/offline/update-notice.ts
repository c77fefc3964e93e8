/**
 * The quiet notice that a newer build is ready (docs/offline.md): on a reading page in its tools
 * (marked on the closed disclosure, as a filter is), elsewhere in the footer; never a banner.
 * Reload lets the waiting worker take over, then reloads once it has, so no page mixes two builds.
 */
import { offlineWords } from '../../i18n/scripts/offline.ts';

let shown = false;

export function offerReload(registration: ServiceWorkerRegistration) {
  if (shown) return;
  shown = true;
  const t = offlineWords();
  const notice = document.createElement('p');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  notice.append(`${t.newer} `);
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = t.reload;
  reload.addEventListener('click', () => {
    // Told while it finishes installing, the new worker may not be waiting yet: it takes over once installed.
    const waiting = registration.waiting ?? registration.installing;
    if (!waiting) return location.reload();
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'skip-waiting' });
  });
  notice.append(reload);
  const tools = document.querySelector('details.readout-tools');
  if (tools) {
    const mark = document.createElement('span');
    mark.className = 'update-notice__mark';
    mark.textContent = ` · ${t.newer}`;
    tools.querySelector('summary')?.append(mark);
    tools.querySelector('.readout-tools__body')?.prepend(notice);
  } else document.querySelector('.site-footer .page')?.prepend(notice);
}
