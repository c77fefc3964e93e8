/**
 * Words of one root (or one lemma) lit together across paragraphs, with a count and a trail to step
 * through them: «١٢ كلمة من الجذر ع م ق في ٧ فقرات».
 */
import type { WordWords } from '../../../i18n/scripts/words.ts';

export interface LitWord {
  n: string;
  pieces: HTMLElement[];
}

const trail = Object.assign(document.createElement('div'), { className: 'word-trail', hidden: true });
trail.setAttribute('role', 'region');
const status = Object.assign(document.createElement('p'), { className: 'word-trail__count' });
status.setAttribute('aria-live', 'polite');
const position = document.createElement('span');
const buttons = document.createElement('p');
trail.append(status, buttons);
document.body.append(trail);

let lit: LitWord[] = [];
let at = -1;

export function light(words: LitWord[], label: string, t: WordWords) {
  unlight();
  lit = words;
  for (const w of lit) for (const piece of w.pieces) piece.classList.add('is-lit');
  trail.setAttribute('aria-label', label);
  status.textContent = label;
  const make = (text: string, step: number) => {
    const b = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'button',
      textContent: text,
    });
    b.addEventListener('click', () => (step === 0 ? unlight() : go(step)));
    return b;
  };
  buttons.replaceChildren(make(t.previous, -1), position, make(t.next, 1), make(t.stop, 0));
  trail.hidden = false;
  at = -1;
  go(1, t);
}

let words: WordWords | undefined;
function go(step: number, t = words) {
  words = t;
  if (lit.length === 0 || !t) return;
  for (const piece of lit[at]?.pieces ?? []) piece.classList.remove('is-lit-current');
  at = (at + step + lit.length) % lit.length;
  const current = lit[at]!;
  for (const piece of current.pieces) piece.classList.add('is-lit-current');
  position.textContent = t.at(at + 1, lit.length);
  current.pieces[0]!.scrollIntoView({
    block: 'center',
    behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
}

export function unlight() {
  for (const piece of document.querySelectorAll('.w.is-lit')) piece.classList.remove('is-lit', 'is-lit-current');
  lit = [];
  trail.hidden = true;
}
