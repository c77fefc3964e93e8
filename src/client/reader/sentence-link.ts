/** Selecting text in a pair offers "Copy link to this sentence" (or to the sentences selected). */
import type { ParagraphRange } from '../../lib/readout/paragraph-hash.ts';
import { hashOf } from '../../lib/readout/paragraph-link.ts';
import { copyText } from '../site/clipboard.ts';
import { num, pageWords } from '../../i18n/scripts/reading.ts';
import { pairOf, segmentOf } from './sentence-dom.ts';

const status = document.querySelector<HTMLElement>('[data-reader-status]');
const offer = Object.assign(document.createElement('button'), {
  type: 'button',
  className: 'sentence-link',
  hidden: true,
});
let offered: ParagraphRange | null = null;

function selectedSentences(): { range: ParagraphRange; rect: DOMRect; pair: HTMLElement } | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const [a, b] = [segmentOf(selection.anchorNode), segmentOf(selection.focusNode)];
  const pair = a && b && pairOf(a);
  if (!a || !b || !pair || pair !== pairOf(b)) return null;
  const n = Number(pair.dataset['n']);
  const [s, t] = [Number(a.dataset['s']), Number(b.dataset['s'])].sort((x, y) => x - y) as [number, number];
  return {
    range: { from: n, to: n, sentences: { from: s, to: t } },
    rect: selection.getRangeAt(0).getBoundingClientRect(),
    pair,
  };
}

export function onSelectionChange() {
  const selected = selectedSentences();
  offered = selected?.range ?? null;
  if (!selected) return void (offer.hidden = true);
  const { from, to } = selected.range.sentences!;
  offer.textContent = from === to ? pageWords().offerOne : pageWords().offerMany(num(from), num(to));
  // After the pair's own content in tab order; placed just below the selection.
  if (offer.parentElement !== selected.pair) selected.pair.append(offer);
  offer.hidden = false;
  const box = (offer.offsetParent ?? document.body).getBoundingClientRect();
  const left = Math.min(Math.max(selected.rect.left, 8), innerWidth - offer.offsetWidth - 8);
  offer.style.top = `${selected.rect.bottom - box.top + 6}px`;
  offer.style.left = `${left - box.left}px`;
}

async function copyOffered() {
  if (!offered) return;
  const link = location.origin + location.pathname + hashOf(offered);
  const { from, to } = offered.sentences!;
  const words = pageWords();
  if (await copyText(link)) {
    if (status)
      status.textContent =
        from === to
          ? words.sentenceCopied(num(offered.from), num(from))
          : words.sentencesCopied(num(offered.from), num(from), num(to));
    offer.textContent = words.copied;
  } else offer.textContent = link;
}

// Pressing the button must not clear the selection it offers a link to.
offer.addEventListener('pointerdown', (event) => event.preventDefault());
offer.addEventListener('click', () => void copyOffered());
