/** The part of citation-js the citation tests use (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: unknown);
    data: { id: string }[];
    format(format: 'bibliography' | 'citation', options: { format: 'text'; template: string; entry?: unknown }): string;
  }
  export const plugins: { config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void } } } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
