/**
 * Shiki highlighting for the source view and citations, in both site themes:
 * colours come out as --shiki-light / --shiki-dark variables, and the
 * stylesheet picks one with light-dark(), so code follows the theme toggle.
 */
import { codeToHtml, type ShikiTransformer } from 'shiki';

export const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

export function highlight(code: string, lang: string, transformers: ShikiTransformer[] = []): Promise<string> {
  return codeToHtml(code, { lang, themes: THEMES, defaultColor: false, transformers });
}

/**
 * For the Markdown source: every line gets an id (`#L12`) and `dir="auto"`, so
 * Arabic lines read right to left and YAML or directive lines left to right;
 * the first line of each pair gets a link back to its paragraph.
 */
export function sourceLines(pairStarts: ReadonlyMap<number, number>, backHref: (n: number) => string): ShikiTransformer {
  return {
    name: 'bayan-source-lines',
    line(node, line) {
      node.properties['id'] = `L${line}`;
      node.properties['dir'] = 'auto';
      const n = pairStarts.get(line);
      if (n) {
        node.children.unshift({
          type: 'element',
          tagName: 'a',
          properties: { id: `src-p-${n}`, className: ['src-back'], href: backHref(n), ariaLabel: `¶ ${n}: paragraph ${n} on the reading page` }, // starts with what it shows (WCAG 2.5.3)
          children: [{ type: 'text', value: `¶ ${n}` }],
        });
      }
    },
  };
}
