/** `…/readouts/<slug>/term-cards.json` in one interface language (Astro only: reads astro:content). */
import { render } from 'astro:content';
import { getRelativeLocaleUrl } from 'astro:i18n';
import { pairsOf, termsOf, type Readout } from '../site/collection.ts';
import { text } from '../site/data.ts';
import { termCardsHtml, type TermCardsFile } from './term-cards.ts';
import { termPath } from '../site/urls.ts';
import type { Locale } from '../../i18n/locales.ts';

export async function termCardsFile(entry: Readout, locale: Locale): Promise<Response> {
  const terms = await termsOf(pairsOf((await render(entry)).remarkPluginFrontmatter));
  const file: TermCardsFile = {
    html: termCardsHtml(terms, locale, (id) => getRelativeLocaleUrl(locale, termPath(id))),
  };
  return text(JSON.stringify(file), 'application/json');
}
