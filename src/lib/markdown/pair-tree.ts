/**
 * One aligned pair as the Markdown tree remark-rehype turns into HTML: `<section id="p-N">`
 * with the Arabic (its sentences as spans with their anchors) and the English gloss and notes.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { directionOf, type LanguageCode } from '../language/languages.ts';
import { sliceByRanges } from '../language/ranges.ts';
import type { Pair } from '../readout/body.ts';
import { paragraphId, sentenceId } from '../readout/paragraph-hash.ts';

export function pairNode(pair: Pair, lang: LanguageCode): RootContent {
  const dir = directionOf(lang);
  const originalProps: Record<string, unknown> = { lang, dir, className: ['pair-text'] };
  // rehype-glossary-marks reads (and removes) this to apply `::term[…]{id=…}` lines.
  if (pair.overrides.length > 0) originalProps['dataTermOverrides'] = JSON.stringify(pair.overrides);
  const original: Paragraph = {
    ...pair.arabic,
    children: arabicSegments(pair),
    data: { hProperties: originalProps as Record<string, string> },
  };
  // English on either interface: left to right inside the Arabic interface's right-to-left page too.
  const english: RootContent[] = [
    wrapper('div', { className: ['gloss'], lang: 'en', dir: 'ltr' }, glossSegments(pair)),
  ];
  if (pair.notes.length > 0) {
    // Their label is the interface's (rehype-pair-chrome).
    const notes: RootContent[] = pair.notes.map((note) => ({ type: 'paragraph', children: note.children }));
    english.push(wrapper('div', { className: ['tnotes'], role: 'note', lang: 'en', dir: 'ltr' }, notes));
  }
  return wrapper(
    'section',
    { id: paragraphId(pair.n), className: ['pair'], dataN: pair.n, dataSpeaker: pair.speaker },
    [
      wrapper('div', { className: ['pair-col', 'pair-original'], dir }, [original]),
      wrapper('div', { className: ['pair-col', 'pair-gloss'], dir: 'ltr' }, english),
    ],
  );
}

/** The Arabic paragraph as one span per segment; the white space between them stays outside, so the text is unchanged. */
function arabicSegments(pair: Pair): PhrasingContent[] {
  const spans = pair.segments.map(({ arabic }, i) => ({ ...arabic, s: i + 1 }));
  return sliceByRanges(toString(pair.arabic), spans).map(({ text, range }) =>
    range
      ? segment([{ type: 'text', value: text }], { id: sentenceId(pair.n, range.s), dataS: range.s })
      : { type: 'text', value: text },
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
  ({
    type: 'textDirective',
    name: 'segment',
    data: { hName: 'span', hProperties: { className: ['seg'], ...props } },
    children,
  }) as PhrasingContent;

/** A structural node that remark-rehype turns into `<tag …props>` around its children. */
function wrapper(tag: string, props: Record<string, unknown>, children: RootContent[]): ContainerDirective {
  return {
    type: 'containerDirective',
    name: tag,
    data: { hName: tag, hProperties: props as Record<string, string> },
    children: children as ContainerDirective['children'],
  };
}
