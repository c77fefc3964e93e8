/**
 * A readout's rendered pairs in one interface language: the HTML Astro rendered from the Markdown
 * (the same for every interface, cached), with that interface's chrome added (rehype-pair-chrome).
 */
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypePairChrome, { type ChromeOptions } from './rehype-pair-chrome.ts';

export function pairsHtml(rendered: string, options: ChromeOptions): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypePairChrome, options)
      .use(rehypeStringify)
      .processSync(rendered),
  );
}
