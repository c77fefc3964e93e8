/**
 * Highlighting a selection, or a whole paragraph, with an optional note: a modal dialog with the quotation,
 * a colour and the note. Opened from a paragraph's menu ("Highlight or note") or from "My notes" to edit.
 */
import { quoteOf, type TextQuoteSelector } from '../../../lib/notes/anchor.ts';
import { COLOURS, noteText, quoteOfNote, type Colour, type Note } from '../../../lib/notes/annotation.ts';
import { num } from '../../../i18n/scripts/reading.ts';
import { deleteNote, putNotes } from './db.ts';
import { anchorElement, counterpartElements, paint, readoutSlug } from './paint.ts';
import { readoutTitle } from '../readout-page.ts';
import { el } from '../../site/dom.ts';
import { say, words } from './words.ts';

/** The characters before `node`:`offset` in `within`'s text. */
function offsetIn(within: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(within, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/**
 * What the reader selected in one column of `pair`, as a note's anchor: inside one sentence, quoted in that
 * sentence's text; across several, quoted in the column's text, with the first and last sentence it spans.
 * Anything else (nothing selected, or both columns) is the whole paragraph.
 */
function anchorOf(
  pair: HTMLElement,
  selected: Range | null,
): { n: number; s?: number; to?: number; lang: 'ar' | 'en'; quote: TextQuoteSelector } {
  const n = Number(pair.dataset['n']);
  const element = (node: Node | undefined) => (node instanceof Element ? node : node?.parentElement);
  const columnOf = (node: Node | undefined) => element(node)?.closest<HTMLElement>('.pair-text, .gloss');
  const col = columnOf(selected?.startContainer);
  if (selected && !selected.collapsed && col && pair.contains(col) && columnOf(selected.endContainer) === col) {
    const lang: 'ar' | 'en' = col.matches('.pair-text') ? 'ar' : 'en';
    // The sentences the selection has characters of (not one it merely touches at its edge).
    const spanned = [...col.querySelectorAll<HTMLElement>('.seg')].filter(
      (seg) =>
        selected.intersectsNode(seg) &&
        !(seg.contains(selected.endContainer) && offsetIn(seg, selected.endContainer, selected.endOffset) === 0) &&
        !(
          seg.contains(selected.startContainer) &&
          offsetIn(seg, selected.startContainer, selected.startOffset) === (seg.textContent ?? '').length
        ),
    );
    const first = spanned[0];
    const last = spanned.at(-1);
    if (first && last) {
      const s = Number(first.dataset['s']);
      const to = Number(last.dataset['s']);
      const within = s === to ? first : col;
      // A selection that starts or ends between sentences is clipped to the text of the one it is in.
      const start = within.contains(selected.startContainer)
        ? offsetIn(within, selected.startContainer, selected.startOffset)
        : 0;
      const end = within.contains(selected.endContainer)
        ? offsetIn(within, selected.endContainer, selected.endOffset)
        : (within.textContent ?? '').length;
      const quote = quoteOf(within.textContent ?? '', start, end);
      return { n, s, ...(to > s ? { to } : {}), lang, quote };
    }
  }
  const gloss = anchorElement({ n, lang: 'en' })?.textContent ?? '';
  return { n, lang: 'en', quote: quoteOf(gloss, 0, gloss.length) };
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
  const { n, s, to, lang, quote } = anchorOf(pair, selected);
  const counterpart = counterpartElements({ n, s, to, lang })
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
        selector: [{ type: 'FragmentSelector', value: s ? `p-${n}.${s}${to ? `-${to}` : ''}` : `p-${n}` }, quote],
      },
      bayan: {
        readout: readoutSlug(),
        title: readoutTitle(),
        n,
        ...(s ? { s } : {}),
        ...(to ? { to } : {}),
        lang,
        counterpart,
        colour: 'yellow',
      },
    },
    true,
  );
}

export const editNote = (note: Note) => open(note, false);
