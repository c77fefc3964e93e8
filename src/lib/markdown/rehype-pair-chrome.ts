/**
 * rehype plugin: adds the reader's chrome to each aligned pair, in one interface language —
 * paragraph numbers on both sides, the speaker, the button of its menu of actions (links to cite it
 * and to see its source without JavaScript), the translator's note label — outside the elements that hold the text. On the
 * Arabic interface the glossary marks lead to the Arabic term pages.
 *
 * Reasoning: the text elements must contain only the text (copy-paste, search and screen readers
 * get it clean), so every label lives in a sibling node. The Markdown is rendered once; each
 * interface adds its chrome to that HTML (src/lib/markdown/reading-html.ts), so no word of the interface
 * is baked into the cached render.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { formatNumber, type LanguageCode } from '../language/languages.ts';
import { paragraphId } from '../readout/paragraph-hash.ts';
import { termIdOf } from '../site/urls.ts';
import { classesOf } from './hast-classes.ts';
import { speakerName, type ReadoutData } from '../../schemas/readout.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { localeInfo, type Locale } from '../../i18n/locales.ts';

export interface ChromeOptions {
  locale: Locale;
  words: Dictionary['reading'];
  readout: Pick<ReadoutData, 'lang' | 'participants'>;
  /** A glossary mark's link in this interface, from the term id (English pages keep the marks' own links). */
  termHref?: (id: string) => string;
}

export default function rehypePairChrome({ locale, words, readout, termHref }: ChromeOptions) {
  const lang: LanguageCode = readout.lang;
  return (tree: Root) => {
    if (termHref) {
      visit(tree, 'element', (node) => {
        const id =
          node.tagName === 'a' && classesOf(node).includes('term') && termIdOf(String(node.properties['href']));
        if (id) node.properties['href'] = termHref(id);
      });
    }
    visit(tree, 'element', (node) => {
      if (!classesOf(node).includes('pair')) return;
      const n = Number(node.properties['dataN']);
      const number = formatNumber(n, locale);
      const href = `#${paragraphId(n)}`;
      const [original, gloss] = node.children.filter((c): c is Element => c.type === 'element');
      original?.children.unshift(h('a.pair-num', { href, lang }, formatNumber(n, lang)));
      gloss?.children.unshift(h('a.pair-num', { href, ariaLabel: words.paragraph(number) }, number));
      for (const notes of gloss?.children ?? [])
        if (notes.type === 'element' && classesOf(notes).includes('tnotes')) labelNotes(notes, locale, words);
      node.children.unshift(
        h('div.pair-head', [
          // A heading per pair: screen-reader users move paragraph by paragraph, and the section is named.
          h('h2.pair-speaker', [
            h('span.visually-hidden', words.speakerOf(number)),
            speakerName(readout, String(node.properties['dataSpeaker'] ?? ''), locale),
          ]),
          h('span.pair-tools', [
            // One menu of actions (src/components/PairMenu.astro); it needs JavaScript, like copying does.
            h(
              'button.pair-menu-button.needs-js',
              {
                type: 'button',
                id: `pm-${n}`,
                ariaHaspopup: 'menu',
                ariaExpanded: 'false',
                ariaLabel: words.actionsOf(number),
              },
              '⋯',
            ),
            // Without JavaScript, the links the menu holds. Relative to /readouts/<slug>/: the paragraph's own page
            // (with its citation) and its lines in the source.
            h('span.no-js-only', [
              h('a.pair-link', { href: `${n}/#cite`, ariaLabel: words.citeParagraph(number) }, words.cite),
              h('a.pair-link', { href: `source/#src-p-${n}`, ariaLabel: words.sourceOf(number) }, words.source),
            ]),
          ]),
        ]),
      );
      return 'skip';
    });
  };
}

/**
 * The translator's notes discuss the English rendering, so they stay English; their label is in the
 * interface's language: inline before each note in English, a line of its own above them in Arabic.
 */
function labelNotes(notes: Element, locale: Locale, words: Dictionary['reading']) {
  if (locale === 'en') {
    for (const note of notes.children)
      if (note.type === 'element') note.children.unshift(h('strong', words.translatorsNote));
  } else {
    notes.children.unshift(
      h('p.tnotes-label', { lang: locale, dir: localeInfo[locale].dir }, h('strong', words.translatorsNote)),
    );
  }
}
