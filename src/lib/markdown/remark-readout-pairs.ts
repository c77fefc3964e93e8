/**
 * remark plugin: turns a readout body into aligned pairs — one
 * `<section id="p-N">` per Arabic paragraph, holding the Arabic (with its
 * `lang`/`dir`) and its English gloss (pair-tree.ts) — and fails the file on malformed content.
 * It also hands pages the pairs as plain text (Astro's remarkPluginFrontmatter; the pair model is
 * src/lib/readout/pairs.ts).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { loadGlossary, type Glossary } from '../glossary/load.ts';
import { directionOf, isLanguageCode } from '../language/languages.ts';
import { readBody } from '../readout/body.ts';
import { pairText } from '../readout/pairs.ts';
import { allowedSpeakers, type ReadoutData } from '../../schemas/readout.ts';
import { astroFrontmatter } from './astro-frontmatter.ts';
import { pairNode } from './pair-tree.ts';

export interface Options {
  /** The glossary that term overrides may name; by default content/terms/. */
  glossary?: Glossary;
}

export default function remarkReadoutPairs(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    const glossary = options.glossary ?? loadGlossary();
    const frontmatter = astroFrontmatter<ReadoutData>(file);
    const lang = frontmatter.lang ?? 'ar';
    const { pairs, problems } = readBody(tree, {
      source: String(file.value),
      speakers: allowedSpeakers({ participants: frontmatter.participants ?? [] }),
      termIds: new Set(glossary.byId.keys()),
    });
    const first = problems[0];
    if (first) {
      const more =
        problems.length > 1 ? ` (and ${problems.length - 1} more problem(s): run npm run check:content)` : '';
      file.fail(first.message + more, { line: first.line, column: first.column });
    }
    const texts = pairs.map(pairText);
    tree.children = pairs.map((pair) => pairNode(pair, lang));
    markInlineDirectives(tree);
    if (file.data['astro']) Object.assign(frontmatter, { paragraphs: pairs.length, pairs: texts });
  };
}

/**
 * `:ar[…]` becomes `<span lang="ar" dir="rtl">`, so quoted Arabic is voiced and laid out as Arabic;
 * `:term[…]{id=…}` becomes a span that rehype-glossary-marks turns into that term's mark.
 */
function markInlineDirectives(tree: Root) {
  visit(tree, 'textDirective', (node) => {
    if (node.name === 'term') {
      node.data = { hName: 'span', hProperties: { dataTermOverride: node.attributes?.['id'] ?? '' } };
    } else if (isLanguageCode(node.name)) {
      node.data = { hName: 'span', hProperties: { lang: node.name, dir: directionOf(node.name) } };
    }
  });
}
