/**
 * A paragraph's menu of actions, the ARIA APG menu button pattern: the one menu of the page
 * (components/PairMenu.astro) opens under the button that asked for it. Enter, Space and ↓ open it on the
 * first item, ↑ on the last; ↑ ↓ Home End move; Escape closes it back to its button; Tab closes it
 * and moves on. Loaded by the reading page on the first press of a paragraph's button.
 */
import { copyFrom } from './pair-copy.ts';
import { paragraphLink } from './readout-page.ts';

const menu = document.querySelector<HTMLElement>('[data-pair-menu]');
const items = () => [...(menu?.children ?? [])].filter((el): el is HTMLElement => !(el as HTMLElement).hidden);
let opener: HTMLButtonElement | null = null;
/** What was selected in the paragraph when its menu opened: "Highlight or note" marks just that, a quote card shows it. */
let selected: Range | null = null;

const shareItem = menu?.querySelector<HTMLButtonElement>('[data-share]');
if (shareItem) shareItem.hidden = typeof navigator.share !== 'function';

function open(button: HTMLButtonElement, focus: 'first' | 'last') {
  if (!menu) return;
  if (opener && opener !== button) close(false);
  const pair = button.closest<HTMLElement>('.pair');
  const n = pair?.dataset['n'] ?? '';
  const selection = getSelection();
  selected =
    selection && selection.rangeCount && !selection.isCollapsed && pair?.contains(selection.anchorNode)
      ? selection.getRangeAt(0).cloneRange()
      : null;
  for (const link of menu.querySelectorAll<HTMLAnchorElement>('a[data-href]'))
    link.setAttribute('href', (link.dataset['href'] ?? '').replace('{n}', n));
  button.after(menu);
  menu.setAttribute('aria-labelledby', button.id);
  menu.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  opener = button;
  const list = items();
  (focus === 'first' ? list[0] : list.at(-1))?.focus();
}

function close(returnFocus: boolean) {
  if (!menu || !opener) return;
  menu.hidden = true;
  opener.setAttribute('aria-expanded', 'false');
  if (returnFocus) opener.focus();
  opener = null;
}

function move(from: Element | null, by: number | 'home' | 'end') {
  const list = items();
  const at = list.indexOf(from as HTMLElement);
  const next = by === 'home' ? 0 : by === 'end' ? list.length - 1 : (at + by + list.length) % list.length;
  list[next]?.focus();
}

async function act(item: HTMLElement) {
  const button = opener;
  if (item.dataset['copy'] && button) {
    close(true);
    // The menu is gone; the paragraph's button says "Copied ✓".
    await copyFrom(item as HTMLButtonElement, button);
  } else if (item.hasAttribute('data-share') && button) {
    const n = button.closest<HTMLElement>('.pair')?.id ?? '';
    close(true);
    await navigator.share({ title: document.title, url: paragraphLink(n) }).catch(() => {});
  } else if (item.hasAttribute('data-note') && button) {
    const pair = button.closest<HTMLElement>('.pair');
    close(true); // the note's dialog takes focus from the button, and gives it back when it closes
    if (pair) void import('./notes/editor.ts').then((m) => m.addNote(pair, selected));
  } else if (item.hasAttribute('data-card') && button) {
    const pair = button.closest<HTMLElement>('.pair');
    close(true); // as the note's dialog: the card's takes focus, and gives it back to the button
    if (pair) void import('./card/dialog.ts').then((m) => m.openCard(pair, selected));
  } else close(false); // a link: the browser follows it
}

/** The reading page hands over the press (or key) that loaded this module, and every one after it. */
export function handle(event: Event) {
  const target = event.target as Element;
  const button = target.closest<HTMLButtonElement>('.pair-menu-button');
  if (event.type === 'click') {
    if (button) {
      if (opener === button) close(true);
      else open(button, 'first');
      return;
    }
    const item = target.closest<HTMLElement>('[role="menuitem"]');
    if (item && menu?.contains(item)) void act(item);
    else close(false);
    return;
  }
  if (!(event instanceof KeyboardEvent)) return;
  if (button && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    event.preventDefault();
    open(button, event.key === 'ArrowDown' ? 'first' : 'last');
    return;
  }
  if (!menu?.contains(target)) return;
  const keys: Record<string, number | 'home' | 'end'> = { ArrowDown: 1, ArrowUp: -1, Home: 'home', End: 'end' };
  const by = keys[event.key];
  if (by !== undefined) {
    event.preventDefault();
    move(target, by);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    close(true);
  } else if (event.key === 'Tab') close(false);
  else if (event.key === ' ' && target instanceof HTMLAnchorElement) {
    event.preventDefault();
    target.click();
  }
}
