/**
 * A paragraph's copy actions (its menu, pair-menu.ts): "Copy link" (the paragraph's absolute link) and
 * "Copy paragraph" (Arabic, English and a citation line).
 */
import { copyText, flashCopied } from '../site/clipboard.ts';
import { num, pageWords } from '../../i18n/scripts/reading.ts';
import { paragraphId } from '../../lib/readout/paragraph-hash.ts';
import { paragraphLink } from './readout-page.ts';

/** Copies what `button` names, for the paragraph it is in; `flash` says "Copied ✓". */
export async function copyFrom(button: HTMLButtonElement, flash: HTMLElement = button) {
  const pair = button.closest<HTMLElement>('.pair');
  if (!pair) return;
  const status = document.querySelector<HTMLElement>('[data-reader-status]');
  const n = pair.dataset['n'] ?? '';
  const link = paragraphLink(paragraphId(n));
  let text = link;
  if (button.dataset['copy'] === 'pair') {
    const original = pair.querySelector('.pair-text')?.textContent ?? '';
    const gloss = [...pair.querySelectorAll('.gloss p')].map((p) => p.textContent).join('\n\n');
    const cite = (document.querySelector<HTMLElement>('[data-cite]')?.dataset['cite'] ?? '')
      .replace('{n}', num(n))
      .replace('{url}', link);
    text = `${original}\n\n${gloss}\n\n— ${cite}`;
  }
  if (!(await copyText(text))) return;
  flashCopied(flash);
  if (status)
    status.textContent =
      button.dataset['copy'] === 'pair' ? pageWords().pairCopied(num(n)) : pageWords().linkCopied(num(n));
}
