/**
 * "My notes" (the page's tools): every note kept in this browser, by readout and paragraph, each linking to
 * its sentence, a search within them, Markdown and JSON export, JSON import (merging, without duplicates)
 * and "Delete all", which asks first. A note whose text has been revised since is flagged, never dropped.
 */
import {
  byPlace,
  fragmentOf,
  newNotes,
  noteText,
  quoteOfNote,
  toJson,
  toMarkdown,
  type Note,
} from '../../../lib/notes/annotation.ts';
import { allNotes, deleteAll, putNotes } from './db.ts';
import { editNote } from './editor.ts';
import { paint, readoutSlug } from './paint.ts';
import { el } from '../../site/dom.ts';
import { say, words } from './words.ts';

let dialog: HTMLDialogElement | undefined;
const lang = document.documentElement.lang === 'ar' ? 'ar' : 'en';
const list = el('div', { className: 'notes-list' });
const search = el('input', { type: 'search', name: 'notes-search' });

const reference = (note: Note) => words.reference(note.bayan.title[lang], note.bayan.n, note.bayan.s, note.bayan.to);

function download(name: string, type: string, text: string) {
  const link = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function render() {
  const changed = await paint();
  const query = search.value.trim().toLowerCase();
  const notes = (await allNotes())
    .filter(
      (n) =>
        !query || [noteText(n), quoteOfNote(n).exact, n.bayan.counterpart].some((t) => t.toLowerCase().includes(query)),
    )
    .sort(byPlace);
  list.replaceChildren();
  if (!notes.length) return void list.append(el('p', {}, words.none));
  let readout = '';
  let items: HTMLUListElement | undefined;
  for (const note of notes) {
    if (note.bayan.readout !== readout || !items) {
      readout = note.bayan.readout;
      items = el('ul');
      list.append(el('h3', {}, note.bayan.title[lang]), items);
    }
    const here = note.bayan.readout === readoutSlug();
    const href = here ? `#${fragmentOf(note)}` : `${note.target.source}#${fragmentOf(note)}`;
    const link = el('a', { href }, reference(note));
    link.addEventListener('click', () => dialog?.close());
    const edit = el('button', { type: 'button' }, words.editorTitle);
    edit.addEventListener('click', () => (dialog?.close(), editNote(note)));
    const quote = quoteOfNote(note).exact;
    items.append(
      el(
        'li',
        { className: `note-item note-${note.bayan.colour}` },
        link,
        el(
          'blockquote',
          { lang: note.bayan.lang, dir: note.bayan.lang === 'ar' ? 'rtl' : 'ltr' },
          quote.length > 240 ? `${quote.slice(0, quote.lastIndexOf(' ', 240))} …` : quote,
        ),
        ...(noteText(note) ? [el('p', { className: 'note-body' }, noteText(note))] : []),
        ...(changed.has(note.id) ? [el('p', { className: 'note-changed' }, words.changed)] : []),
        edit,
      ),
    );
  }
}

function build() {
  const file = el('input', { type: 'file', accept: 'application/json,.json', name: 'notes-file' });
  // Imports run one after another: two files chosen in quick succession would otherwise both
  // read the store before either wrote, and the same notes would count as new twice.
  let importing = Promise.resolve();
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    importing = importing.then(async () => {
      let read: unknown;
      try {
        read = JSON.parse(await chosen.text());
      } catch {
        say(words.unreadable(chosen.name));
        return;
      }
      const added = newNotes(await allNotes(), read);
      await putNotes(added);
      say(words.imported(added.length));
      await render();
    });
    // A failed import (the browser's store refusing, say) is said, and does not stop the ones after it.
    importing = importing.catch(() => say(words.notStored));
    file.value = '';
  });
  const button = (label: string, action: () => void | Promise<void>) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', () => void action());
    return b;
  };
  const actions = el(
    'p',
    { className: 'note-actions' },
    button(words.exportMarkdown, async () =>
      download('bayan-notes.md', 'text/markdown', `${toMarkdown(await allNotes(), reference)}\n`),
    ),
    button(words.exportJson, async () =>
      download('bayan-notes.json', 'application/ld+json', `${toJson(await allNotes())}\n`),
    ),
    el('label', { className: 'notes-import' }, words.importJson, file),
    button(words.deleteAll, async () => {
      if (!confirm(words.confirmDeleteAll)) return;
      await deleteAll();
      await render();
    }),
  );
  search.addEventListener('input', () => void render());
  const close = el('form', { method: 'dialog' }, el('button', {}, words.close));
  const d = el(
    'dialog',
    { className: 'notes-dialog notes-panel' },
    el('h2', { id: 'notes-title' }, words.panelTitle),
    el('p', { className: 'notes-private' }, words.private),
    el('label', { className: 'note-text' }, words.search, search),
    list,
    actions,
    close,
  );
  d.setAttribute('aria-labelledby', 'notes-title');
  document.body.append(d);
  return d;
}

export async function openPanel() {
  dialog ??= build();
  await render();
  if (!dialog.open) dialog.showModal();
}

// An edit made from the list (editor.ts) shows in it when it opens again.
document.addEventListener('bayan:notes', () => void (dialog?.open && render()));
