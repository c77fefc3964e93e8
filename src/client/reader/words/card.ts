/**
 * A word's card: vocalised form, segments, lemma, root, grammar in plain words, sense here, the expression
 * and glossary term it is part of, and the buttons that light its root's or lemma's words. One card for the
 * page, placed by the word like a term's card; the word names it as its description (aria-describedby).
 */
import { placeBeside } from '../place-beside.ts';
import type { Lemma, Word } from '../../../schemas/words.ts';
import type { WordWords } from '../../../i18n/scripts/words.ts';
import { grammarOf } from './describe.ts';
import { rootPath } from '../../../lib/words/root-path.ts';
import { localePath, sitePath } from '../../../lib/site/urls.ts';

export const card = Object.assign(document.createElement('div'), {
  id: 'word-card',
  className: 'word-card',
  hidden: true,
});
card.setAttribute('role', 'dialog');
document.body.append(card);

const el = (tag: string, text?: string, lang?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (lang) {
    node.lang = lang;
    node.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }
  return node;
};

export interface CardWord {
  word: Word;
  lemma: Lemma | undefined;
  expression?: { text: string; sense: string } | undefined;
  /** The glossary mark the word stands in, if any. */
  term?: HTMLAnchorElement | null | undefined;
}

export function fillCard({ word, lemma, expression, term }: CardWord, t: WordWords) {
  const ui = document.documentElement.lang;
  card.setAttribute('aria-label', t.card);
  const rows = el('dl');
  const row = (label: string, ...value: (Node | string)[]) => {
    const dd = el('dd');
    dd.append(...value);
    rows.append(el('dt', label), dd);
  };
  row(t.segments, el('span', word.seg.map((s) => s.replace(/\+/gu, '')).join(' + '), 'ar'));
  if (lemma) {
    row(t.lemma, el('span', word.lemma.replace(/#\d+$/u, ''), 'ar'), ' ', el('span', lemma.gloss, 'en'));
    if (lemma.root === 'none') row(t.root, `${t.noRoot} `, el('span', `(${lemma['root-note'] ?? ''})`, 'en'));
    else {
      const link = el('a', lemma.root, 'ar') as HTMLAnchorElement;
      link.href = sitePath(localePath(ui, rootPath(lemma.root)));
      row(t.root, link);
    }
  }
  row(t.grammar, grammarOf(word, lemma, t));
  row(t.sense, el('span', word.sense, 'en'));
  if (expression) row(t.expression, el('span', expression.text, 'ar'), ' ', el('span', expression.sense, 'en'));
  if (term) {
    const link = el('a', term.textContent ?? '', 'ar') as HTMLAnchorElement;
    link.href = term.href;
    row(t.term, link);
  }
  if (word.note) row(t.note, el('span', word.note, 'en'));
  const actions = el('p');
  actions.className = 'word-card__actions';
  for (const [kind, label] of [
    ['root', t.lightRoot],
    ['lemma', t.lightLemma],
  ] as const) {
    if (kind === 'root' && lemma?.root === 'none') continue;
    const button = el('button', label) as HTMLButtonElement;
    button.type = 'button';
    button.className = 'button';
    button.dataset['light'] = kind;
    actions.append(button);
  }
  const heading = el('p', word.v, 'ar');
  heading.className = 'word-card__v';
  card.replaceChildren(heading, rows, actions);
}

/** Below the word, or above it when there is more room there, inside the viewport. */
export const placeCard = (word: HTMLElement) => placeBeside(card, word, 340);
