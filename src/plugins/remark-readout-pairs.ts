/**
 * remark plugin: turns a readout body into aligned pairs — one
 * `<section id="p-N">` per Arabic paragraph, holding the Arabic (with its
 * `lang`/`dir`) and its English gloss — and fails the file on malformed content.
 * It also hands pages the pairs as plain text (Astro's remarkPluginFrontmatter).
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { loadGlossary, type Glossary } from '../lib/glossary.ts';
import { directionOf, isLanguageCode, type LanguageCode } from '../lib/languages.ts';
import { readBody, type Pair } from '../lib/readout-body.ts';
import { allowedSpeakers, type ReadoutData } from '../schemas/readout.ts';
import { astroFrontmatter } from './astro-frontmatter.ts';

export interface Options {
  /** The glossary that term overrides may name; by default content/terms/. */
  glossary?: Glossary;
}

/** One pair as plain text, for pages, search and exports. */
export interface PairText {
  n: number;
  speaker: string;
  original: string;
  gloss: string;
  notes: string[];
  /** Filled in by rehype-glossary-marks: the terms mentioned, and where (offsets in `original` and `gloss`). */
  terms: string[];
  marks: { original: TermMark[]; gloss: TermMark[] };
}

export interface TermMark {
  id: string;
  start: number;
  end: number;
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
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s): run npm run check:content)` : '';
      file.fail(first.message + more, { line: first.line, column: first.column });
    }
    const texts: PairText[] = pairs.map((pair) => ({
      n: pair.n,
      speaker: pair.speaker,
      original: toString(pair.arabic),
      gloss: pair.gloss.children.map((p) => toString(p)).join('\n\n'),
      notes: pair.notes.map((note) => toString(note)),
      terms: [],
      marks: { original: [], gloss: [] },
    }));
    tree.children = pairs.map((pair) => pairNode(pair, lang));
    markInlineDirectives(tree);
    if (file.data['astro']) Object.assign(frontmatter, { paragraphs: pairs.length, pairs: texts });
  };
}

function pairNode(pair: Pair, lang: LanguageCode): RootContent {
  const dir = directionOf(lang);
  const originalProps: Record<string, unknown> = { lang, dir, className: ['pair-text'] };
  // rehype-glossary-marks reads (and removes) this to apply `::term[…]{id=…}` lines.
  if (pair.overrides.length > 0) originalProps['dataTermOverrides'] = JSON.stringify(pair.overrides);
  const original: Paragraph = { ...pair.arabic, data: { hProperties: originalProps as Record<string, string> } };
  const english: RootContent[] = [wrapper('div', { className: ['gloss'], lang: 'en' }, pair.gloss.children)];
  if (pair.notes.length > 0) {
    const notes: RootContent[] = pair.notes.map((note) => ({
      type: 'paragraph',
      children: [{ type: 'strong', children: [{ type: 'text', value: 'Translator’s note. ' }] }, ...note.children],
    }));
    english.push(wrapper('div', { className: ['tnotes'], role: 'note', lang: 'en' }, notes));
  }
  return wrapper('section', { id: `p-${pair.n}`, className: ['pair'], dataN: pair.n, dataSpeaker: pair.speaker }, [
    wrapper('div', { className: ['pair-col', 'pair-original'], dir }, [original]),
    wrapper('div', { className: ['pair-col', 'pair-gloss'] }, english),
  ]);
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

/** A structural node that remark-rehype turns into `<tag …props>` around its children. */
function wrapper(tag: string, props: Record<string, unknown>, children: RootContent[]): ContainerDirective {
  return {
    type: 'containerDirective',
    name: tag,
    data: { hName: tag, hProperties: props as Record<string, string> },
    children: children as ContainerDirective['children'],
  };
}
