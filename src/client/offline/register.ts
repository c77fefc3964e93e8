/**
 * Offline reading's only code in every page's first view (docs/offline.md): once the page has loaded
 * and the browser is idle, register the service worker; the rest loads on first use — the save panel
 * when the reading page's tools open, the notice when a newer build is waiting, the home page's marks.
 * It reads the base from Vite rather than importing src/lib/site/urls.ts, which would become a chunk
 * (a request) of its own.
 */
import { WAITING } from './protocol.ts';

const tools = document.querySelector<HTMLDetailsElement>('details.readout-tools');
const panel = () => import('./panel.ts');
if (tools?.open) void panel();
else tools?.addEventListener('toggle', panel, { once: true });

const workers = navigator.serviceWorker;
if (workers)
  addEventListener('load', () =>
    (self.requestIdleCallback ?? setTimeout)(async () => {
      if (document.querySelector('.readout-list')) void import('./home-marks.ts');
      const scope = import.meta.env.BASE_URL.replace(/\/?$/, '/');
      const registration = await workers.register(`${scope}sw.js`, { scope, updateViaCache: 'none' });
      const offer = () => void import('./update-notice.ts').then((m) => m.offerReload(registration));
      // A controlled page only: a first worker takes the page over with nothing to reload for.
      if (registration.waiting && workers.controller) offer();
      workers.addEventListener('message', ({ data }) => data === WAITING && offer());
    }),
  );
