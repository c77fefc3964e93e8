/**
 * The quote card's dialog (a paragraph's menu, "Quote card"): a preview of the card, its size (wide
 * 1200 × 630, square 1080 × 1080) and theme (the page's, to begin with), Download PNG, Share where the
 * browser can share files, and the alt text to post with it. A modal `<dialog>`: focus stays inside,
 * Escape closes it, focus returns to the paragraph's button. Drawn in the browser; nothing is sent anywhere.
 */
import { el } from '../../site/dom.ts';
import { drawCard, type Drawn, type Size, type Theme } from './draw.ts';
import { linkOf, quoteOf, referenceOf, slugOf, words } from './quote.ts';
import { shownText } from '../../../lib/cards/fit.ts';

let dialog: HTMLDialogElement | undefined;
const lang = document.documentElement.lang === 'ar' ? 'ar' : 'en';
const say = (text: string) => {
  const status = document.querySelector<HTMLElement>('[data-reader-status]');
  if (status) status.textContent = text;
};

/** The page's theme as shown: the reader's choice (src/client/site/theme.ts), else the system's. */
const pageTheme = (): Theme =>
  (document.documentElement.dataset['theme'] ??
    (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark'
    ? 'dark'
    : 'light';

const choice = <T extends string>(name: string, legend: string, labels: Record<T, string>, checked: T) =>
  el(
    'fieldset',
    {},
    el('legend', {}, legend),
    ...(Object.keys(labels) as T[]).map((value) =>
      el('label', {}, el('input', { type: 'radio', name, value, checked: value === checked }), ` ${labels[value]}`),
    ),
  );

export async function openCard(pair: HTMLElement, selected: Range | null) {
  dialog?.remove();
  const quote = quoteOf(pair, selected);
  const link = linkOf(pair);
  const reference = referenceOf(pair);
  const canvas = el('canvas', { className: 'card-preview', width: 1200, height: 630 });
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', words.preview);
  const alt = el('textarea', { name: 'card-alt', rows: 4, readOnly: true });
  const size = choice<Size>('card-size', words.size, words.sizes, 'wide');
  const theme = choice<Theme>('card-theme', words.theme, words.themes, pageTheme());
  const chosen = () => {
    const data = new FormData(form);
    return { size: data.get('card-size') as Size, theme: data.get('card-theme') as Theme };
  };
  let drawn: Drawn | undefined;
  const redraw = async () => {
    const { size, theme } = chosen();
    drawn = await drawCard(canvas, { ar: quote.ar, en: quote.en, reference, link: link.short, lang }, size, theme);
    canvas.dataset['size'] = size;
    canvas.dataset['arabic'] = JSON.stringify({ ...drawn.arabic, lines: drawn.ar.lines });
    alt.value = words.altText(shownText(drawn.ar), shownText(drawn.en), reference, link.href);
    canvas.dataset['drawn'] = String(Number(canvas.dataset['drawn'] ?? 0) + 1);
  };
  const fileName = () => {
    const { size, theme } = chosen();
    return `${slugOf()}-p${quote.n}-${size}${theme === 'dark' ? '-dark' : ''}.png`;
  };
  const png = () => new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));

  const button = (label: string, action: () => Promise<void> | void) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', () => void action());
    return b;
  };
  const download = button(words.download, async () => {
    const blob = await png();
    if (!blob) return;
    const a = el('a', { href: URL.createObjectURL(blob), download: fileName() });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  const share = button(words.share, async () => {
    const blob = await png();
    if (!blob) return;
    const files = [new File([blob], fileName(), { type: 'image/png' })];
    if (navigator.canShare?.({ files })) await navigator.share({ files, text: alt.value }).catch(() => {});
  });
  // Offered only where the browser can share an image (navigator.canShare with files).
  const probe = [new File([new Uint8Array(8)], 'card.png', { type: 'image/png' })];
  share.hidden = !(typeof navigator.canShare === 'function' && navigator.canShare({ files: probe }));
  const copy = button(words.copyAlt, async () => {
    await navigator.clipboard.writeText(alt.value).then(
      () => say(words.altCopied),
      () => (alt.select(), undefined),
    );
  });

  const form = el(
    'form',
    { method: 'dialog' },
    el('h2', { id: 'card-title' }, words.title),
    canvas,
    el('div', { className: 'card-choices' }, size, theme),
    el('p', { className: 'note-actions' }, download, share),
    el('label', { className: 'note-text' }, words.alt, alt),
    el('p', { className: 'note-actions' }, copy, el('button', { type: 'submit', value: 'close' }, words.close)),
    el('p', { className: 'notes-private' }, words.private),
  );
  form.addEventListener('change', () => void redraw());
  dialog = el('dialog', { className: 'notes-dialog card-dialog' }, form);
  dialog.setAttribute('aria-labelledby', 'card-title');
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  document.body.append(dialog);
  await redraw();
  dialog.showModal();
}
