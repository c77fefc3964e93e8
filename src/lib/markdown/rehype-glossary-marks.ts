/**
 * rehype plugin: marks every glossary term in each pair's Arabic and English
 * as a link to its term page (`<a class="term" href="/terms/id/">`), honours
 * explicit overrides (glossary/overrides.ts), and records where each paragraph mentions which term.
 *
 * Reasoning: a mark only wraps existing text, so the text content of the
 * Arabic element stays exactly the source; without JavaScript a mark is a
 * plain link to the term page.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sliceByRanges } from '../language/ranges.ts';
import { loadGlossary, type Glossary } from '../glossary/load.ts';
import { NO_TERM, type TermOverride } from '../readout/body.ts';
import { applyOverrides } from '../glossary/overrides.ts';
import type { Match } from '../glossary/matcher.ts';
import { astroFrontmatter } from './astro-frontmatter.ts';
import { termPath, withSlash } from '../site/urls.ts';
import { classesOf } from './hast-classes.ts';
import type { PairText } from '../readout/pairs.ts';

export interface Options {
  /** The glossary; by default content/terms/. */
  glossary?: Glossary;
  /** Site base path, for links to term pages. */
  base?: string;
  /** Unused here: a digest of the glossary and plugins that invalidates Astro's rendered-Markdown cache (see src/lib/markdown/inputs.ts). */
  inputs?: string;
}

export const termHref = (base: string, id: string) => withSlash(base) + termPath(id);

export default function rehypeGlossaryMarks(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    const glossary = options.glossary ?? loadGlossary();
    const base = options.base ?? '/';
    const firstOnly = new Set(glossary.terms.filter((t) => t.marking === 'first-per-paragraph').map((t) => t.id));
    const pairsData = astroFrontmatter<{ pairs: PairText[] }>(file).pairs ?? [];
    const mark = (id: string, text: string) => h('a.term', { href: termHref(base, id) }, text);

    visit(tree, 'element', (section) => {
      if (!classesOf(section).includes('pair')) return;
      const original: Match[] = [];
      const gloss: Match[] = [];
      visit(section, 'element', (el) => {
        if (classesOf(el).includes('pair-text')) {
          const overrides = JSON.parse(String(el.properties['dataTermOverrides'] ?? '[]')) as TermOverride[];
          delete el.properties['dataTermOverrides'];
          const find = (text: string) => applyOverrides(glossary.matcher.match(text, 'ar'), overrides, text);
          original.push(...markText(el, 0, find, new Set(), firstOnly, mark));
          return 'skip';
        }
        if (classesOf(el).includes('gloss')) {
          // Offsets follow PairText.gloss: paragraphs joined by a blank line.
          const seen = new Set<string>();
          let offset = 0;
          for (const p of el.children) {
            if (p.type !== 'element') continue;
            gloss.push(...markText(p, offset, (text) => glossary.matcher.match(text, 'en'), seen, firstOnly, mark));
            offset += textLength(p) + 2;
          }
          return 'skip';
        }
        return undefined;
      });
      const ids = [...new Set([...original, ...gloss].map((m) => m.id))].sort();
      section.properties['dataTerms'] = ids.join(' ');
      const data = pairsData[Number(section.properties['dataN']) - 1];
      if (data) Object.assign(data, { terms: ids, marks: { original, gloss } });
      return 'skip';
    });
  };
}

/**
 * Replaces text nodes under `root` with text and marks; leaves links alone and turns
 * `:term` override spans into marks. Returns the marks with offsets in root's text (plus `offset`).
 */
function markText(
  root: Element,
  offset: number,
  find: (text: string) => Match[],
  seen: Set<string>,
  firstOnly: Set<string>,
  mark: (id: string, text: string) => Element,
): Match[] {
  const found: Match[] = [];
  let at = offset;
  const walk = (parent: Element) => {
    parent.children = parent.children.flatMap((child): ElementContent[] => {
      if (child.type === 'text') {
        const matches = find(child.value).filter((m) => keep(m.id, firstOnly, seen));
        found.push(...matches.map((m) => ({ id: m.id, start: at + m.start, end: at + m.end })));
        at += child.value.length;
        return splitText(child, matches, mark);
      }
      if (child.type !== 'element') return [child];
      const override = child.properties['dataTermOverride'];
      if (child.tagName === 'a' || override !== undefined) {
        const length = textLength(child);
        if (override === undefined || String(override) === NO_TERM) {
          at += length;
          return child.tagName === 'a' ? [child] : child.children;
        }
        found.push({ id: String(override), start: at, end: at + length });
        at += length;
        return [mark(String(override), toString(child))];
      }
      walk(child);
      return [child];
    });
  };
  walk(root);
  return found;
}

const keep = (id: string, firstOnly: Set<string>, seen: Set<string>) => {
  if (!firstOnly.has(id)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
};

function splitText(node: Text, matches: Match[], mark: (id: string, text: string) => Element): ElementContent[] {
  if (matches.length === 0) return [node];
  return sliceByRanges(node.value, matches).map((piece) =>
    piece.range ? mark(piece.range.id, piece.text) : { type: 'text', value: piece.text },
  );
}

const textLength = (node: Element) => toString(node).length;
