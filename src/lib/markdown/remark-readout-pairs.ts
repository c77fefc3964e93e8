/**
 * remark plugin: turns a readout body into aligned pairs — one
 * `<section id="p-N">` per Arabic paragraph, holding the Arabic (with its
 * `lang`/`dir`) and its English gloss — and fails the file on malformed content.
 * It also hands pages the pairs as plain text (Astro's remarkPluginFrontmatter; the pair model is
 * src/lib/readout/pairs.ts).
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { loadGlossary, type Glossary } from '../glossary/load.ts';
import { directionOf, isLanguageCode, type LanguageCode } from '../language/languages.ts';
import { sliceByRanges } from '../language/ranges.ts';
import { readBody, type Pair } from '../readout/body.ts';
import { pairText } from '../readout/pairs.ts';
import { allowedSpeakers, type ReadoutData } from '../../schemas/readout.ts';
import { astroFrontmatter } from './astro-frontmatter.ts';

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
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s): run npm run check:content)` : '';
      file.fail(first.message + more, { line: first.line, column: first.column });
    }
    const texts = pairs.map(pairText);
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
  const original: Paragraph = { ...pair.arabic, children: arabicSegments(pair), data: { hProperties: originalProps as Record<string, string> } };
  // English on either interface: left to right inside the Arabic interface's right-to-left page too.
  const english: RootContent[] = [wrapper('div', { className: ['gloss'], lang: 'en', dir: 'ltr' }, glossSegments(pair))];
  if (pair.notes.length > 0) {
    // Their label is the interface's (rehype-pair-chrome).
    const notes: RootContent[] = pair.notes.map((note) => ({ type: 'paragraph', children: note.children }));
    english.push(wrapper('div', { className: ['tnotes'], role: 'note', lang: 'en', dir: 'ltr' }, notes));
  }
  return wrapper('section', { id: `p-${pair.n}`, className: ['pair'], dataN: pair.n, dataSpeaker: pair.speaker }, [
    wrapper('div', { className: ['pair-col', 'pair-original'], dir }, [original]),
    wrapper('div', { className: ['pair-col', 'pair-gloss'], dir: 'ltr' }, english),
  ]);
}

/** The Arabic paragraph as one span per segment; the white space between them stays outside, so the text is unchanged. */
function arabicSegments(pair: Pair): PhrasingContent[] {
  const spans = pair.segments.map(({ arabic }, i) => ({ ...arabic, s: i + 1 }));
  return sliceByRanges(toString(pair.arabic), spans).map(({ text, range }) =>
    range ? segment([{ type: 'text', value: text }], { id: `p-${pair.n}.${range.s}`, dataS: range.s }) : { type: 'text', value: text },
  );
}

/** The gloss paragraphs, each line a segment span, lines joined by a space. */
function glossSegments(pair: Pair): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  pair.segments.forEach(({ gloss: line }, i) => {
    const span = segment(line.nodes, { dataS: i + 1 });
    const current = paragraphs[line.paragraph];
    if (current) current.children.push({ type: 'text', value: ' ' }, span);
    else paragraphs[line.paragraph] = { type: 'paragraph', children: [span] };
  });
  return paragraphs.filter(Boolean);
}

const segment = (children: PhrasingContent[], props: Record<string, unknown>): PhrasingContent =>
  ({ type: 'textDirective', name: 'segment', data: { hName: 'span', hProperties: { className: ['seg'], ...props } }, children }) as PhrasingContent;

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
