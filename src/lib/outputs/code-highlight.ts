/**
 * Shiki highlighting for the source view and citations, in both site themes:
 * colours come out as --shiki-light / --shiki-dark variables, and the
 * stylesheet picks one with light-dark(), so code follows the theme toggle.
 */
import { codeToHtml, type ShikiTransformer } from 'shiki';

export const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

export function highlightCode(code: string, lang: string, transformers: ShikiTransformer[] = []): Promise<string> {
  return codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers });
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

/**
 * For the Markdown source: every line gets an id (`#L12`) and `dir="auto"`, so
 * Arabic lines read right to left and YAML or directive lines left to right;
 * the first line of each pair (the original paragraph) is marked with the
 * original's language and gets a link back to its paragraph.
 */
export function sourceLines(pairStarts: ReadonlyMap<number, number>, back: BackLinks, originalLang: string): ShikiTransformer {
  return {
    name: 'bayan-source-lines',
    line(node, line) {
      node.properties['id'] = `L${line}`;
      node.properties['dir'] = 'auto';
      const n = pairStarts.get(line);
      if (n) {
        node.properties['lang'] = originalLang;
        node.children.unshift({
          type: 'element',
          tagName: 'a',
          properties: { id: `src-p-${n}`, className: ['src-back'], href: back.href(n), ariaLabel: back.label(n), lang: back.lang },
          children: [{ type: 'text', value: back.text(n) }],
        });
      }
    },
  };
}
