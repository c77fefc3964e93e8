/**
 * Offline reading's only code in every page's first view (docs/offline.md): once the page has loaded
 * and the browser is idle, register the service worker; the rest loads on first use — the save panel
 * when the reading page's tools open, the notice when a newer build is waiting, the home page's marks.
 */
import { sitePath } from '../../lib/site/urls.ts';
import { STALE } from './protocol.ts';

const workers = navigator.serviceWorker;
const tools = document.querySelector<HTMLDetailsElement>('details.readout-tools');
const panel = () => void import('./panel.ts');
if (tools?.open) panel();
else tools?.addEventListener('toggle', panel, { once: true });

if (workers)
  addEventListener('load', () =>
    (self.requestIdleCallback ?? setTimeout)(async () => {
      if (document.querySelector('.readout-list')) void import('./home-marks.ts');
      const registration = await workers.register(sitePath('sw.js'), { scope: sitePath(), updateViaCache: 'none' });
      const offer = () => void import('./update-notice.ts').then((m) => m.offerReload(registration));
      // A controlled page only: a first worker takes the page over with nothing to reload for.
      const waiting = () => registration.waiting && workers.controller && offer();
      waiting();
      registration.addEventListener('updatefound', () =>
        registration.installing?.addEventListener('statechange', waiting),
      );
      workers.addEventListener('message', ({ data }) => data === STALE && void registration.update());
    }),
  );
