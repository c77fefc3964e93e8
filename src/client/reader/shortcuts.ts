/**
 * Single-key shortcuts on the reading page (docs/reading.md#keyboard): j and k the next and previous
 * paragraph, g then a number and Enter to go to one, l the other interface at the same paragraph, v the
 * next layout, ? their list with the switch that turns them all off (WCAG 2.1.4; `/` is the search box's).
 * Letters are read by their place on the keyboard (`KeyJ`), so an Arabic layout works as it is; j and k go
 * down and up the page, which no direction of text mirrors. None acts while the reader types in a field.
 * Loaded by reader.ts on the first such key, or on "Keyboard shortcuts" in the page's tools.
 */
import { num } from '../../i18n/scripts/reading.ts';
import { SHORTCUTS_WORDS } from '../../i18n/scripts/shortcuts.ts';
import { store } from '../site/storage.ts';
import { showList } from './shortcuts-dialog.ts';

const root = document.documentElement;
const words = root.lang === 'ar' ? SHORTCUTS_WORDS.ar : SHORTCUTS_WORDS.en;
const status = document.querySelector<HTMLElement>('[data-reader-status]');
const say = (text: string) => status && (status.textContent = text);

const on = () => root.dataset['shortcuts'] !== 'off';
function setOn(value: boolean) {
  if (value) delete root.dataset['shortcuts'];
  else root.dataset['shortcuts'] = 'off';
  store('bayan:shortcuts', value ? 'on' : 'off');
}
export const openList = () => showList(words, on(), setOn);

/** Where a paragraph a link or a shortcut opens lands: its top, below the sticky toolbar (readout.css). */
const landing = () => (document.querySelector('[data-reading-controls]')?.getBoundingClientRect().bottom ?? 0) + 12;
const shownPairs = () => [...document.querySelectorAll<HTMLElement>('.pair')].filter((p) => p.checkVisibility());

function land(pair: HTMLElement | undefined) {
  if (!pair) return;
  pair.tabIndex = -1; // focus, so a screen reader and the next Tab go on from there
  pair.focus({ preventScroll: true });
  pair.scrollIntoView({ block: 'start' });
}
const next = () => land(shownPairs().find((p) => p.getBoundingClientRect().top > landing() + 2));
const previous = () => land(shownPairs().findLast((p) => p.getBoundingClientRect().top < landing() - 2));

/** The other interface, at the paragraph at the top: the link's own script (init.js) carries the hash along. */
function otherLanguage() {
  const pair = shownPairs().find((p) => p.getBoundingClientRect().bottom > landing());
  if (pair) history.replaceState(history.state, '', `#${pair.id}`);
  document.querySelector<HTMLAnchorElement>('[data-language-switch]')?.click();
}

function nextLayout() {
  const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="view"]')].filter((r) =>
    r.closest('label')?.checkVisibility(),
  );
  const radio = radios[(radios.findIndex((r) => r.checked) + 1) % radios.length];
  if (!radio) return;
  radio.click(); // as a reader's click: reader.ts remembers it and writes it into the URL
  const name = [...(radio.labels?.[0]?.querySelectorAll('span span') ?? [])].find((s) => s.checkVisibility());
  say(words.layoutNow(name?.textContent ?? radio.value));
}

// g, then digits (the number row or the keypad, whatever they print), then Enter; anything else forgets them.
let goTo: string | undefined;
let forget = 0;
function goToKey(e: KeyboardEvent) {
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(e.code)?.[1];
  if (digit !== undefined) {
    e.preventDefault();
    goTo += digit;
    say(words.goingTo(num(goTo!)));
    clearTimeout(forget);
    forget = window.setTimeout(() => (goTo = undefined), 4000);
    return;
  }
  if (e.key === 'Enter') {
    e.preventDefault(); // not also a press of the link or button that has focus
    const pair = document.getElementById(`p-${Number(goTo)}`);
    if (pair) location.hash = pair.id; // reader.ts highlights and lands on it
  }
  goTo = undefined;
}

const typing = (target: EventTarget | null) =>
  target instanceof Element && !!target.closest('input, textarea, select, [contenteditable], dialog, [role="menu"]');

/** reader.ts hands over the key that loaded this module, and every one after it. */
export function handle(e: KeyboardEvent) {
  if (!on() || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
  if (goTo !== undefined) return goToKey(e);
  if (e.key === '?' || e.key === '؟') return openList();
  if (e.shiftKey) return;
  const action = { KeyJ: next, KeyK: previous, KeyL: otherLanguage, KeyV: nextLayout }[e.code];
  if (action) action();
  else if (e.code === 'KeyG') {
    goTo = '';
    forget = window.setTimeout(() => (goTo = undefined), 4000);
  }
}
