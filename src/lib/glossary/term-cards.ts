/**
 * The reading page's term cards: each term's names (the interface language's first),
 * transliteration, kind and note, with a link to its page. The popover shows a copy of a card, and
 * once the cards are in the page each mark's aria-describedby points at its card, so screen readers
 * hear the note.
 *
 * Reasoning: the cards are a large part of the reading page's HTML and
 * no reader sees one before touching a mark, so they are a file of their own
 * (`…/readouts/<slug>/term-cards.json`, one per interface) that src/client/reader/terms.ts fetches on the
 * reader's first pointer movement, touch, focus or key.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { TermEntry } from '../site/collection.ts';
import { mixedRuns } from '../language/mixed-text.ts';
import { dictionary } from '../../i18n/index.ts';
import { localeInfo, type Locale } from '../../i18n/locales.ts';

/** What `…/term-cards.json` holds. */
export interface TermCardsFile {
  /** The cards, one `<div class="term-card" id="term-note-<id>" data-term-card="<id>">` each. */
  html: string;
}

/**
 * The names in the meeting's languages: the Chinese formula a term renders (or the Chinese name), its pinyin,
 * then the Russian name — the translator's question, answered where the reader is. One line each, every name
 * isolated (`dir`) inside a line of the card's direction: run together in one Arabic paragraph, a long name
 * wrapped and its lines interleaved with the next name's, read right to left.
 */
function meetingNames(data: TermEntry['data']): ElementContent[] {
  const chinese = data.formula ?? (data.zh && { zh: data.zh.name, pinyin: data.zh.pinyin });
  const line = (lang: string, text: string) => h('span.term-card__lang', [h('span', { lang, dir: 'ltr' }, text)]);
  const lines = [
    ...(chinese ? [line('zh-Hans', chinese.zh), line('zh-Latn-pinyin', chinese.pinyin)] : []),
    ...(data.ru ? [line('ru', data.ru.name)] : []),
  ];
  return lines.length > 0 ? [h('p.term-card__langs', lines)] : [];
}

export function termCardsHtml(terms: TermEntry[], locale: Locale, termHref: (id: string) => string): string {
  const words = dictionary(locale);
  const other = locale === 'ar' ? 'en' : 'ar';
  const note = (text: string): ElementContent[] =>
    locale === 'en'
      ? mixedRuns(text).map((part, i) =>
          i % 2 === 1 ? h('span', { lang: 'ar', dir: 'rtl' }, part) : { type: 'text', value: part },
        )
      : [{ type: 'text', value: text }];
  const card = ({ id, data }: TermEntry) =>
    h('div.term-card', { id: `term-note-${id}`, dataTermCard: id }, [
      h('p.term-card__names', [
        h('strong', data.name[locale]),
        words.site.sep,
        h('span', { lang: other, dir: localeInfo[other].dir }, data.name[other]),
      ]),
      h('p.term-card__meta', [
        words.glossary.kind[data.kind],
        words.site.sep,
        h('i', { lang: 'ar-Latn', dir: 'ltr' }, data.transliteration),
      ]),
      ...meetingNames(data),
      h('p.term-card__note', note(data.note[locale])),
      h('p', [h('a', { href: termHref(id) }, words.reading.allMentions(data.name[locale]))]),
    ]);
  return toHtml(h(null, terms.map(card)));
}
