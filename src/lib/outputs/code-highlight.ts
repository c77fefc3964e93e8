/**
 * Shiki highlighting for the source view and citations, in both site themes:
 * colours come out as --shiki-light / --shiki-dark variables, and the
 * stylesheet picks one with light-dark(), so code follows the theme toggle.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { codeToHast, codeToHtml } from 'shiki';
import { recent } from '../build/recent.ts';

export const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

/**
 * Shiki's options. By default Shiki stops tokenising a line after 500 ms and leaves the rest of it
 * uncoloured, so on a busy machine a long Arabic paragraph came out otherwise than on an idle one
 * (a 1,000-readout incremental build differed from the build from scratch in one source view);
 * without the limit the same source always gives the same page.
 */
const OPTIONS = { themes: THEMES, defaultColor: false, tokenizeTimeLimit: 0 } as const;

/**
 * The last citations highlighted, by language and code: a readout's paragraph pages in one interface are
 * built one after another and all show the readout's BibTeX and CSL-JSON, which Shiki would tokenise anew
 * for each. Bounded, so a large collection does not keep every page's code.
 */
const recentCitations = recent<string, Promise<string>>(64);

export function highlightCode(code: string, lang: string): Promise<string> {
  return recentCitations(`${lang}\n${code}`, () => codeToHtml(code, { lang, ...OPTIONS }));
}

/** A number no citation holds otherwise, in place of a paragraph's while its code is highlighted. */
const NUMBER_MARK = 9876543210;

/**
 * `code(n)` highlighted: a paragraph's LaTeX and CSL citation differ from the other paragraphs' only in
 * the number, which Shiki colours as any number, so they are highlighted once a readout with a stand-in
 * and the number put back. Tokenising these short snippets anew on every paragraph page was a fifth of
 * a large collection's rendering (docs/performance.md).
 */
export async function highlightNumbered(code: (n: number) => string, n: number, lang: string): Promise<string> {
  const mark = String(NUMBER_MARK);
  const template = code(NUMBER_MARK);
  if (template.split(mark).length !== 2) return highlightCode(code(n), lang);
  const html = await highlightCode(template, lang);
  return html.split(mark).length === 2 ? html.replace(mark, String(n)) : highlightCode(code(n), lang);
}

/** How the source view names its links back, in the interface's language. */
export interface BackLinks {
  href: (n: number) => string;
  /** What the link shows ("¶ 12"). */
  text: (n: number) => string;
  /** Its accessible name, starting with what it shows (WCAG 2.5.3). */
  label: (n: number) => string;
  /** The interface's language, which the link speaks inside a line in the original's. */
  lang: string;
}

/** A readout's source, tokenised once for both interfaces (the markup is the same; only the links back differ). */
const sources = recent<string, Promise<Root>>(4);

/**
 * The Markdown source, highlighted, each line decorated for one interface: every line gets an id
 * (`#L12`) and `dir="auto"`, so Arabic lines read right to left and YAML or directive lines left to
 * right; the first line of each pair (the original paragraph) is marked with the original's language
 * and gets a link back to its paragraph. The same HTML Shiki's own line transformer would give.
 */
export async function highlightSource(
  source: string,
  pairStarts: ReadonlyMap<number, number>,
  back: BackLinks,
  originalLang: string,
): Promise<string> {
  const tokens = sources(source, () => codeToHast(source, { lang: 'markdown', ...OPTIONS }));
  const tree = structuredClone(await tokens);
  const code = ((tree.children[0] as Element).children[0] as Element).children;
  let line = 0;
  for (const node of code)
    if (node.type === 'element' && (node.properties['class'] ?? node.properties['className'])?.toString() === 'line')
      decorateLine(node, ++line, pairStarts, back, originalLang);
  return toHtml(tree);
}

function decorateLine(
  node: Element,
  line: number,
  pairStarts: ReadonlyMap<number, number>,
  back: BackLinks,
  originalLang: string,
) {
  node.properties['id'] = `L${line}`;
  node.properties['dir'] = 'auto';
  const n = pairStarts.get(line);
  if (!n) return;
  node.properties['lang'] = originalLang;
  node.children.unshift({
    type: 'element',
    tagName: 'a',
    properties: {
      id: `src-p-${n}`,
      className: ['src-back'],
      href: back.href(n),
      ariaLabel: back.label(n),
      lang: back.lang,
    },
    children: [{ type: 'text', value: back.text(n) }],
  });
}
