/**
 * The list of keyboard shortcuts, a modal `<dialog>` (focus kept inside, Escape closes it, focus returns
 * to where it was), with the switch that turns them off. Written on first use, in the interface's language.
 */
import type { SHORTCUTS_WORDS } from '../../i18n/scripts/shortcuts.ts';
import { el as element } from '../site/dom.ts';

type Words = (typeof SHORTCUTS_WORDS)['en'];
let dialog: HTMLDialogElement | undefined;

/** Keys are named as printed on a keyboard: in Latin letters, left to right, in either interface. */
const keys = (...names: string[]) => names.map((name) => element('kbd', { textContent: name, lang: 'en', dir: 'ltr' }));

function build(words: Words, setOn: (on: boolean) => void) {
  const d = element('dialog', { className: 'shortcuts' });
  d.setAttribute('aria-labelledby', 'shortcuts-title');
  const list = element('dl');
  const rows: [HTMLElement[], string][] = [
    [keys('/'), words.search],
    [keys('j'), words.next],
    [keys('k'), words.previous],
    [keys('g', '12', 'Enter'), words.goTo],
    [keys('l'), words.language],
    [keys('v'), words.layout],
    [keys('?'), words.help],
  ];
  for (const [names, what] of rows) {
    const dt = element('dt');
    dt.append(...names.flatMap((kbd, i) => (i ? [' ', kbd] : [kbd])));
    list.append(dt, element('dd', { textContent: what }));
  }
  const box = element('input', { type: 'checkbox', name: 'shortcuts' });
  box.addEventListener('change', () => setOn(box.checked));
  const label = element('label');
  label.append(box, ` ${words.enable}`);
  const close = element('form', { method: 'dialog' });
  close.append(element('button', { type: 'submit', textContent: words.close }));
  d.append(element('h2', { id: 'shortcuts-title', textContent: words.title }), list, label);
  d.append(element('p', { textContent: words.typing }), close);
  // A click on the backdrop (outside the box) closes it, as Escape does.
  d.addEventListener('click', (e) => e.target === d && d.close());
  document.body.append(d);
  return d;
}

export function showList(words: Words, on: boolean, setOn: (on: boolean) => void) {
  dialog ??= build(words, setOn);
  dialog.querySelector<HTMLInputElement>('input[name="shortcuts"]')!.checked = on;
  if (!dialog.open) dialog.showModal();
}
