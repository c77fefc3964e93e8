/**
 * Builds the DOM of a search result. Every string from the query or the index
 * goes in as text (never as HTML), so a query holding markup shows as typed.
 */
import { isArabic } from '../../lib/language/arabic.ts';
import { directionOf, formatNumber, isLanguageCode } from '../../lib/language/languages.ts';
import { sliceByRanges } from '../../lib/language/ranges.ts';
import { excerpt, queryMarkRanges, type Range } from '../../lib/search/query-marks.ts';
import type { Hit, Outcome } from './engine.ts';
import { boxWords } from '../../i18n/scripts/search-box.ts';
import { resultsWords } from '../../i18n/scripts/search-results.ts';

const arabicPage = () => document.documentElement.lang === 'ar';

/**
 * An element holding `text`, marked with its language when that is not the page's: Arabic inside
 * the English interface (lang="ar" dir="rtl"), Latin letters inside the Arabic one (lang="en" dir="ltr"),
 * Chinese and Russian in either.
 */
export function inScript<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), { textContent: text });
  // A query in the meeting's other languages (上海合作组织, ШОС): its own language, for its face and voice.
  if (/[\u3400-\u9fff]/u.test(text)) Object.assign(element, { lang: 'zh-Hans' });
  else if (/[\u0400-\u04ff]/u.test(text)) Object.assign(element, { lang: 'ru', dir: 'ltr' });
  else if (isArabic(text) && !arabicPage()) Object.assign(element, { lang: 'ar', dir: 'rtl' });
  else if (!isArabic(text) && arabicPage() && /[A-Za-z]/.test(text)) Object.assign(element, { lang: 'en', dir: 'ltr' });
  return element;
}

/** A query quoted in the page's language: “…” in English, «…» in Arabic, marked to read in its own direction. */
export function quoted(text: string): (string | Node)[] {
  const { open, close } = resultsWords();
  const inside = inScript('span', text);
  return [open, inside.lang ? inside : text, close];
}

/** `text` with its ranges wrapped in <mark>. */
export function marked(text: string, ranges: readonly Range[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const piece of sliceByRanges(text, ranges)) {
    if (!piece.range) {
      out.append(piece.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = piece.text;
    out.append(mark);
  }
  return out;
}

export interface Excerpts {
  primary: { lang: string; dir: string; text: DocumentFragment };
  secondary: { lang: string; dir: string; text: DocumentFragment };
}

/** Excerpts of both languages, drawn from the sentence that matched: the side that matched first, the other beside it. */
export function excerpts(hit: Hit, outcome: Outcome, size = 32): Excerpts {
  const { meta } = hit;
  const segment = hit.segment === undefined ? undefined : meta.segments[hit.segment];
  const within = (text: string, span: readonly [number, number] | undefined) => (span ? text.slice(...span) : text);
  const sides = [
    {
      lang: meta.lang,
      dir: isLanguageCode(meta.lang) ? directionOf(meta.lang) : 'auto',
      text: within(meta.original, segment?.original),
    },
    { lang: 'en', dir: 'ltr', text: within(meta.english, segment?.english) },
  ].map((side) => {
    const ranges = queryMarkRanges(side.text, outcome.tokens, outcome.phrases);
    return { ...side, ranges, cut: excerpt(side.text, ranges, size) };
  });
  // The Arabic interface leads with the original; the English one with the side that matched, the query's first.
  const [original, english] = [sides[0]!, sides[1]!];
  const [first, second] =
    arabicPage() || isArabic(outcome.raw) || english.ranges.length === 0 ? [original, english] : [english, original];
  const [primary, secondary] =
    !arabicPage() && first.ranges.length === 0 && second.ranges.length > 0 ? [second, first] : [first, second];
  const view = (side: typeof primary) => ({
    lang: side.lang,
    dir: side.dir,
    text: marked(side.cut.text, side.cut.ranges),
  });
  return { primary: view(primary), secondary: view(secondary) };
}

/** "Xi Jinping holds a virtual meeting… · ¶ 12", or in Arabic "شي جينبينغ يعقد لقاء… – الفقرة ١٢". */
export const hitLabel = (hit: Hit) =>
  arabicPage()
    ? `${hit.meta.titleOriginal}${boxWords().sep}الفقرة ${formatNumber(Number(hit.meta.n), 'ar')}`
    : `${hit.meta.title} · ¶ ${hit.meta.n}`;

/** The header box's status line, in the page's language: what was searched for when a word was corrected, the count, the keys. */
export function boxStatus(outcome: Outcome): string {
  const words = boxWords();
  if (outcome.failure) return words.failure;
  if (outcome.total === 0) return words.none(outcome.raw);
  const keys = !matchMedia('(pointer: coarse)').matches; // no keyboard hints on a touch screen
  const takenFor = outcome.takenFor
    ? words.takenFor(
        outcome.raw,
        outcome.takenFor.map((t) => (arabicPage() ? t.ar : t.en)),
      )
    : '';
  return `${outcome.correction ? words.corrected(outcome.correction.query) : ''}${takenFor}${words.count(outcome.total, keys)}`;
}

/** The header box's link to the /search/ page, and an option's title line, in the page's language. */
export const allResults = (raw: string) => boxWords().all(raw);
export const boxOptionTitle = (hit: Hit) =>
  arabicPage() ? hitLabel(hit) : `${hitLabel(hit)} · ${hit.meta.speaker.en}`;
