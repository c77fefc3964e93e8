/**
 * remark plugin: turns a readout body into aligned pairs — one
 * `<section id="p-N">` per Arabic paragraph, holding the Arabic (with its
 * `lang`/`dir`) and its English gloss — and fails the file on malformed content.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { directionOf, isLanguageCode, type LanguageCode } from '../lib/languages.ts';
import { readBody, type Pair } from '../lib/readout-body.ts';
import { allowedSpeakers, type ReadoutData } from '../schemas/readout.ts';

type Frontmatter = Partial<Pick<ReadoutData, 'participants' | 'lang'>>;

export default function remarkReadoutPairs() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data['astro'] as { frontmatter?: Frontmatter } | undefined)?.frontmatter ?? {};
    const lang = frontmatter.lang ?? 'ar';
    const { pairs, problems } = readBody(tree, {
      source: String(file.value),
      speakers: allowedSpeakers({ participants: frontmatter.participants ?? [] }),
    });
    const first = problems[0];
    if (first) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s): run npm run check:content)` : '';
      file.fail(first.message + more, { line: first.line, column: first.column });
    }
    tree.children = pairs.map((pair) => pairNode(pair, lang));
    // Pages show the count without re-reading the body (Astro exposes it as remarkPluginFrontmatter).
    if (file.data['astro']) Object.assign(frontmatter, { paragraphs: pairs.length });
    markLanguageSpans(tree);
  };
}

/** `:ar[…]` inside a gloss or note becomes `<span lang="ar" dir="rtl">`, so quoted Arabic is voiced and laid out as Arabic. */
function markLanguageSpans(tree: Root) {
  visit(tree, 'textDirective', (node) => {
    if (!isLanguageCode(node.name)) return;
    node.data = { hName: 'span', hProperties: { lang: node.name, dir: directionOf(node.name) } };
  });
}

function pairNode(pair: Pair, lang: LanguageCode): RootContent {
  const dir = directionOf(lang);
  const original: Paragraph = { ...pair.arabic, data: { hProperties: { lang, dir, className: ['pair-text'] } } };
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

/** A structural node that remark-rehype turns into `<tag …props>` around its children. */
function wrapper(tag: string, props: Record<string, unknown>, children: RootContent[]): ContainerDirective {
  return {
    type: 'containerDirective',
    name: tag,
    data: { hName: tag, hProperties: props as Record<string, string> },
    children: children as ContainerDirective['children'],
  };
}
