/**
 * rehype plugin: adds the reader's chrome to each aligned pair — paragraph
 * numbers on both sides (in each language's digits), the speaker, the copy
 * buttons and links to cite it and to see its source — outside the elements
 * that hold the text.
 *
 * Reasoning: the text elements must contain only the text (copy-paste, search
 * and screen readers get it clean), so every label lives in a sibling node.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatNumber } from '../lib/languages.ts';
import { classesOf } from './hast-classes.ts';
import { speakerName, type ReadoutData } from '../schemas/readout.ts';
import { astroFrontmatter } from './astro-frontmatter.ts';

export default function rehypePairChrome() {
  return (tree: Root, file: VFile) => {
    const frontmatter = astroFrontmatter<ReadoutData>(file);
    const lang = frontmatter.lang ?? 'ar';
    const participants = { participants: frontmatter.participants ?? [] };

    visit(tree, 'element', (node) => {
      if (!classesOf(node).includes('pair')) return;
      const n = Number(node.properties['dataN']);
      const speaker = String(node.properties['dataSpeaker'] ?? '');
      const href = `#p-${n}`;
      const [original, gloss] = node.children.filter((c): c is Element => c.type === 'element');
      original?.children.unshift(h('a.pair-num', { href, lang }, formatNumber(n, lang)));
      gloss?.children.unshift(h('a.pair-num', { href, ariaLabel: `Paragraph ${n}` }, String(n)));
      node.children.unshift(
        h('div.pair-head', [
          // A heading per pair: screen-reader users move paragraph by paragraph, and the section is named.
          h('h2.pair-speaker', [h('span.visually-hidden', `Paragraph ${n}, speaker: `), speakerName(participants, speaker)]),
          h('span.pair-tools', [
            h('button.pair-copy', { type: 'button', dataCopy: 'link', ariaLabel: `Copy link to paragraph ${n}` }, 'Copy link'),
            h('button.pair-copy', { type: 'button', dataCopy: 'pair', ariaLabel: `Copy paragraph ${n} with citation` }, 'Copy paragraph'),
            // Relative to /readouts/<slug>/: the paragraph's own page (with its citation) and its lines in the source.
            h('a.pair-link', { href: `${n}/#cite`, ariaLabel: `Cite paragraph ${n}` }, 'Cite'),
            h('a.pair-link', { href: `source/#src-p-${n}`, ariaLabel: `Markdown source of paragraph ${n}` }, 'Source'),
          ]),
        ]),
      );
      return 'skip';
    });
  };
}
