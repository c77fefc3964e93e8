/**
 * Word mode and the vowels switch (docs/word-study.md), loaded when the reader first turns either on
 * (reader.ts). Fetches the readout's words, wraps each Arabic word, and then: in word mode every word is a
 * target (pointer, tap, focus; ← → move word to word in reading order, Enter opens the card, Escape closes
 * it) whose card can light its root's words; with vowels, the Arabic column shows the vocalised text. Both
 * are kept in the URL (`?words=on`, `?vowels=on`, as the layout's `?view=`) and remembered.
 */
import type { Word } from '../../../schemas/words.ts';
import type { WordData } from '../../../lib/words/word-data.ts';
import { vowelsByCharacter } from '../../../lib/words/tokens.ts';
import { WORD_SCRIPT_WORDS } from '../../../i18n/scripts/words.ts';
import { store } from '../../site/storage.ts';
import { wrapWords } from './wrap.ts';
import { card, fillCard, placeCard } from './card.ts';
import { light, unlight } from './lit.ts';

type Study = 'words' | 'vowels';
const root = document.documentElement;
const t = root.lang === 'ar' ? WORD_SCRIPT_WORDS.ar : WORD_SCRIPT_WORDS.en;
const pairs = document.querySelector<HTMLElement>('.pairs')!;

interface Placed {
  n: string;
  word: Word;
  pieces: HTMLElement[];
  expression?: { text: string; sense: string };
}
let placed: Placed[] = [];
let lemmas: WordData['lemmas'] = {};
let loaded: Promise<boolean> | undefined;

/** The words, fetched and wrapped once. */
function load(): Promise<boolean> {
  const url = document.querySelector<HTMLElement>('[data-words-url]')?.dataset['wordsUrl'];
  loaded ??= fetch(url ?? 'words.json')
    .then((r) => (r.ok ? (r.json() as Promise<WordData>) : Promise.reject(new Error(String(r.status)))))
    .then((data) => {
      lemmas = data.lemmas;
      for (const pair of pairs.querySelectorAll<HTMLElement>('.pair')) {
        const n = pair.dataset['n'] ?? '';
        const analysed = data.paragraphs[n];
        const text = pair.querySelector<HTMLElement>('.pair-original .pair-text');
        if (!analysed || !text) continue;
        const pieces = wrapWords(
          text,
          analysed.words.map((w) => w.t),
        );
        if (!pieces) continue; // the text and its analysis disagree: the content check says where
        pieces.forEach((p, i) => {
          const expression = analysed.expressions.find((x) => x.words.includes(i + 1));
          for (const piece of p) piece.dataset['k'] = String(placed.length);
          placed.push({ n, word: analysed.words[i]!, pieces: p, ...(expression ? { expression } : {}) });
        });
      }
      return true;
    })
    .catch(() => {
      announce(t.failed);
      return false;
    });
  return loaded;
}

const announce = (text: string) => {
  const status = document.querySelector('[data-reader-status]');
  if (status) status.textContent = text;
};

// On and off ------------------------------------------------------------------
function set(kind: Study, on: boolean) {
  if (on) root.dataset[kind] = 'on';
  else delete root.dataset[kind];
  store(`bayan:${kind}`, on ? 'on' : 'off');
  const url = new URL(location.href);
  if (on) url.searchParams.set(kind, 'on');
  else url.searchParams.delete(kind);
  history.replaceState(history.state, '', url);
  for (const b of document.querySelectorAll(`[data-study="${kind}"]`)) b.setAttribute('aria-pressed', String(on));
  apply();
}

export function toggle(kind: Study) {
  set(kind, !root.dataset[kind]);
}

/** Word mode or vowels were on as the page opened (the URL or a remembered choice). */
export function start() {
  apply();
}

async function apply() {
  const words = Boolean(root.dataset['words']);
  const vowels = Boolean(root.dataset['vowels']);
  if (!words) {
    close();
    unlight();
  }
  if ((words || vowels) && !(await load())) return;
  targets(Boolean(root.dataset['words']));
  showVowels(Boolean(root.dataset['vowels']));
}

/** In word mode each word is one target with one tab stop for all (roving); off, no word is focusable. */
function targets(on: boolean) {
  placed.forEach(({ pieces: [first] }, k) => {
    if (!first) return;
    if (on) {
      first.tabIndex = k === current ? 0 : -1;
      first.setAttribute('role', 'button');
      first.setAttribute('aria-describedby', card.id);
    } else {
      first.removeAttribute('tabindex');
      first.removeAttribute('role');
      first.removeAttribute('aria-describedby');
    }
  });
}

// Vowels ----------------------------------------------------------------------
const published = new WeakMap<HTMLElement, string>();
function showVowels(on: boolean) {
  for (const { word, pieces } of placed) {
    const shown = on ? vowelsByCharacter(word.t, word.v) : undefined;
    let at = 0;
    for (const piece of pieces) {
      const text = published.get(piece) ?? piece.textContent ?? '';
      published.set(piece, text);
      piece.textContent = shown ? shown.slice(at, at + text.length).join('') : text;
      at += text.length;
    }
  }
}

// The card ----------------------------------------------------------------------
let current = 0;
let open: number | undefined;
let pinned = false;
let closeTimer = 0;
/** Set while Escape hands focus back to the word, so that focus does not reopen its card. */
let returning = false;

const indexOf = (target: EventTarget | null) => {
  const k = (target as Element | null)?.closest?.<HTMLElement>('.w')?.dataset['k'];
  return k === undefined ? undefined : Number(k);
};

function show(k: number, pin: boolean) {
  clearTimeout(closeTimer);
  const p = placed[k];
  if (!p) return;
  if (open !== k) {
    close();
    fillCard(
      {
        word: p.word,
        lemma: lemmas[p.word.lemma],
        expression: p.expression,
        term: p.pieces[0]!.closest<HTMLAnchorElement>('a.term'),
      },
      t,
    );
    open = k;
    for (const piece of p.pieces) piece.classList.add('is-open');
  }
  pinned ||= pin;
  card.hidden = false;
  placeCard(p.pieces[0]!);
}

function close() {
  for (const piece of document.querySelectorAll('.w.is-open')) piece.classList.remove('is-open');
  card.hidden = true;
  open = undefined;
  pinned = false;
}

function focusWord(k: number) {
  const first = placed[k]?.pieces[0];
  if (!first) return;
  placed[current]?.pieces[0]?.setAttribute('tabindex', '-1');
  current = k;
  first.tabIndex = 0;
  first.focus();
}

/** Every word of the open word's root (or lemma), lit, counted and stepped through. */
function lightFrom(kind: 'root' | 'lemma') {
  const word = open === undefined ? undefined : placed[open]?.word;
  if (!word) return;
  const lemma = lemmas[word.lemma];
  const same =
    kind === 'root'
      ? placed.filter((p) => lemmas[p.word.lemma]?.root === lemma?.root)
      : placed.filter((p) => p.word.lemma === word.lemma);
  const paragraphs = new Set(same.map((p) => p.n)).size;
  const label =
    kind === 'root'
      ? t.litRoot(same.length, lemma?.root ?? '', paragraphs)
      : t.litLemma(same.length, word.lemma.replace(/#\d+$/u, ''), paragraphs);
  close();
  light(same, label, t);
}

const wordMode = () => Boolean(root.dataset['words']);

// Captured at the paragraphs, so that in word mode a word's events stay the word's: a word inside a term
// mark opens the word's card (which links the term) rather than the term's, and the sentence is not lit.
pairs.addEventListener(
  'pointerover',
  (e) => {
    const k = indexOf(e.target);
    if (!wordMode() || k === undefined) return;
    e.stopPropagation();
    show(k, false);
  },
  true,
);
pairs.addEventListener(
  'pointerout',
  (e) => {
    if (!wordMode() || indexOf(e.target) === undefined) return;
    e.stopPropagation();
    clearTimeout(closeTimer);
    closeTimer = window.setTimeout(() => !pinned && close(), 250);
  },
  true,
);
card.addEventListener('pointerover', () => clearTimeout(closeTimer));
card.addEventListener('pointerleave', () => !pinned && close());
pairs.addEventListener(
  'focusin',
  (e) => {
    const k = indexOf(e.target);
    if (!wordMode() || k === undefined) return;
    e.stopPropagation();
    current = k;
    if (returning) returning = false;
    else show(k, false);
  },
  true,
);
pairs.addEventListener(
  'click',
  (e) => {
    const k = indexOf(e.target);
    if (!wordMode() || k === undefined) return;
    e.preventDefault(); // a word inside a term mark: the card links the term
    e.stopPropagation();
    show(k, true);
  },
  true,
);
pairs.addEventListener(
  'keydown',
  (e) => {
    const k = indexOf(e.target);
    if (!wordMode() || k === undefined) return;
    // Reading order is right to left: ← is the next word, → the one before.
    const step = { ArrowLeft: 1, ArrowRight: -1 }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      e.stopPropagation();
      focusWord(Math.min(placed.length - 1, Math.max(0, k + step)));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      show(k, true);
      card.querySelector<HTMLElement>('button, a')?.focus();
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  },
  true,
);
card.addEventListener('click', (e) => {
  const kind = (e.target as Element).closest<HTMLElement>('[data-light]')?.dataset['light'];
  if (kind === 'root' || kind === 'lemma') lightFrom(kind);
});
card.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || open === undefined) return;
  const word = placed[open]?.pieces[0];
  close();
  returning = true;
  word?.focus({ preventScroll: true });
});
document.addEventListener('click', (e) => {
  if (open !== undefined && !card.contains(e.target as Node) && indexOf(e.target) === undefined) close();
});
addEventListener('resize', () => {
  const word = open === undefined ? undefined : placed[open]?.pieces[0];
  if (word) placeCard(word);
});
