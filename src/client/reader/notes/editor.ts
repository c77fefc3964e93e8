/**
 * Highlighting a selection, or a whole paragraph, with an optional note: a modal dialog with the quotation,
 * a colour and the note. Opened from a paragraph's menu ("Highlight or note") or from "My notes" to edit.
 */
import { quoteOf } from '../../../lib/notes/anchor.ts';
import { COLOURS, noteText, quoteOfNote, type Colour, type Note } from '../../../lib/notes/annotation.ts';
import { num } from '../../../i18n/scripts/reading.ts';
import { deleteNote, putNotes } from './db.ts';
import { anchorElement, counterpartElements, paint, readoutSlug } from './paint.ts';
import { el } from '../../site/dom.ts';
import { say, words } from './words.ts';

/** What the reader selected inside one sentence of `pair`, as a note's anchor; else the whole paragraph. */
function anchorOf(pair: HTMLElement, selected: Range | null) {
  const n = Number(pair.dataset['n']);
  const start = selected?.startContainer;
  const seg = (start instanceof Element ? start : start?.parentElement)?.closest<HTMLElement>('.seg');
  if (selected && seg && pair.contains(seg) && seg.contains(selected.endContainer) && !selected.collapsed) {
    const before = document.createRange();
    before.setStart(seg, 0);
    before.setEnd(selected.startContainer, selected.startOffset);
    const start = before.toString().length;
    const text = seg.textContent ?? '';
    const lang: 'ar' | 'en' = seg.closest('.pair-text') ? 'ar' : 'en';
    return { n, s: Number(seg.dataset['s']), lang, quote: quoteOf(text, start, start + selected.toString().length) };
  }
  const gloss = anchorElement({ n, lang: 'en' })?.textContent ?? '';
  return { n, lang: 'en' as const, quote: quoteOf(gloss, 0, gloss.length) };
}

let dialog: HTMLDialogElement | undefined;

function open(note: Note, isNew: boolean) {
  dialog?.remove();
  const quote = quoteOfNote(note).exact;
  const quoted = note.bayan.s
    ? el('blockquote', { lang: note.bayan.lang, dir: note.bayan.lang === 'ar' ? 'rtl' : 'ltr' }, quote)
    : el('p', {}, words.wholeParagraph(num(note.bayan.n)));
  const colours = el(
    'fieldset',
    {},
    el('legend', {}, words.colour),
    ...COLOURS.map((colour) =>
      el(
        'label',
        {},
        el('input', { type: 'radio', name: 'colour', value: colour, checked: colour === note.bayan.colour }),
        ` ${words.colours[colour]}`,
      ),
    ),
  );
  const text = el('textarea', { name: 'note', rows: 4, value: noteText(note) });
  const form = el(
    'form',
    { method: 'dialog' },
    el('h2', { id: 'note-editor-title' }, words.editorTitle),
    quoted,
    colours,
    el('label', { className: 'note-text' }, words.note, text),
    el(
      'p',
      { className: 'note-actions' },
      el('button', { type: 'submit', value: 'save' }, words.save),
      el('button', { type: 'submit', value: 'cancel', formNoValidate: true }, words.cancel),
      ...(isNew ? [] : [el('button', { type: 'submit', value: 'delete' }, words.delete)]),
    ),
  );
  dialog = el('dialog', { className: 'notes-dialog' }, form);
  dialog.setAttribute('aria-labelledby', 'note-editor-title');
  dialog.addEventListener('close', () => void done(note, dialog!.returnValue, form, text.value));
  document.body.append(dialog);
  dialog.showModal();
}

async function done(note: Note, action: string, form: HTMLFormElement, value: string) {
  if (action === 'delete') await deleteNote(note.id);
  if (action === 'save') {
    const colour = (new FormData(form).get('colour') as Colour | null) ?? note.bayan.colour;
    const trimmed = value.trim();
    await putNotes([
      {
        ...note,
        modified: new Date().toISOString(),
        motivation: trimmed ? 'commenting' : 'highlighting',
        body: trimmed ? [{ type: 'TextualBody', value: trimmed, format: 'text/plain' }] : [],
        bayan: { ...note.bayan, colour },
      },
    ]);
    say(words.saved);
  }
  await paint();
  document.dispatchEvent(new Event('bayan:notes'));
}

/** A new note on the paragraph, on what was selected in it when its menu opened if anything was. */
export function addNote(pair: HTMLElement, selected: Range | null) {
  const { n, s, lang, quote } = anchorOf(pair, selected);
  const counterpart = counterpartElements({ n, s, lang })
    .map((e) => e.textContent)
    .join(' ');
  const now = new Date().toISOString();
  const source = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href);
  source.hash = '';
  open(
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `urn:uuid:${crypto.randomUUID()}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: now,
      modified: now,
      body: [],
      target: {
        source: source.href,
        selector: [{ type: 'FragmentSelector', value: s ? `p-${n}.${s}` : `p-${n}` }, quote],
      },
      bayan: {
        readout: readoutSlug(),
        title: {
          ar: document.querySelector('h1 .title-original')?.textContent ?? '',
          en: document.querySelector('h1 .title-en')?.textContent ?? '',
        },
        n,
        ...(s ? { s } : {}),
        lang,
        counterpart,
        colour: 'yellow',
      },
    },
    true,
  );
}

export const editNote = (note: Note) => open(note, false);
