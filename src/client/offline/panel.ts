/**
 * "Offline reading" in the reading page's tools (docs/design.md: tools live there, never in a banner):
 * save this readout for reading without a network, watch it come (files and size), see since when it
 * is available, remove it. The service worker does the work (src/client/offline/sw/saved.ts).
 */
import { offlineWords } from '../../i18n/scripts/offline.ts';
import type { SavedRecord } from '../../lib/offline/keys.ts';
import type { FromWorker, ToWorker } from './protocol.ts';
import { savedRecords, slugOfPage } from './saved.ts';

const t = offlineWords();
const body = document.querySelector('details.readout-tools .readout-tools__body');
const slug = slugOfPage(location.pathname);

/** Asks the active worker; each answer on the message's own port goes to `answer`. */
async function ask(message: ToWorker, answer: (reply: FromWorker) => void) {
  const worker = (await navigator.serviceWorker.ready).active;
  const channel = new MessageChannel();
  channel.port1.onmessage = ({ data }: MessageEvent<FromWorker>) => answer(data);
  worker?.postMessage(message, [channel.port2]);
}

const button = (text: string) => {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'button';
  b.textContent = text;
  return b;
};

if (body && slug) {
  const panel = document.createElement('div');
  panel.className = 'offline-tools';
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-labelledby', 'offline-tools-label');
  const label = document.createElement('span');
  label.id = 'offline-tools-label';
  label.textContent = t.heading;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const save = button(t.save);
  const remove = button(t.remove);
  panel.append(label, status, save, remove);
  body.append(panel);

  const show = (record: SavedRecord | undefined) => {
    status.textContent = record ? t.saved(record.savedAt, record.bytes) : t.notSaved;
    save.hidden = record !== undefined;
    remove.hidden = record === undefined;
    save.disabled = false;
  };
  if (!('serviceWorker' in navigator)) {
    status.textContent = t.unsupported;
    save.hidden = remove.hidden = true;
  } else show((await savedRecords()).find((r) => r.slug === slug));

  save.addEventListener('click', () => {
    save.disabled = true;
    void ask({ type: 'save', slug }, (reply) => {
      if (reply.type === 'progress') status.textContent = t.saving(reply.done, reply.total, reply.bytes);
      else if (reply.type === 'saved') show(reply.record);
      else if (reply.type === 'newer') {
        status.textContent = t.newer;
        save.disabled = false;
      } else if (reply.type === 'failed') {
        status.textContent = t.failed;
        save.disabled = false;
      }
    });
  });
  remove.addEventListener('click', () =>
    ask({ type: 'remove', slug }, () => {
      show(undefined);
      status.textContent = t.removed;
      save.focus();
    }),
  );
}
