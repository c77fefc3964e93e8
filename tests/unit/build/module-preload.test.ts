import { describe, expect, it } from 'vitest';
import { staticClosure, staticImports, withModulePreloads } from '../../../src/lib/build/module-preload.ts';

// Minified as the build writes them: the page script imports a chunk, which imports another; a third loads on demand.
const SCRIPTS: Record<string, string> = {
  '/_astro/Page.js': 'import{t as e}from"./hash.js";const n=()=>import("./later.js");e(location.hash);',
  '/_astro/hash.js': 'import"./runtime.js";export const t=(e)=>e;',
  '/_astro/runtime.js': 'export const r=1;',
  '/_astro/later.js': 'import{t}from"./hash.js";export const l=t;',
  '/_astro/Header.js': 'import{r}from"./runtime.js";console.log(r);',
};
const read = (path: string) => SCRIPTS[path];
const page = (scripts: string[]) =>
  `<!DOCTYPE html><html><head><title>t</title></head><body>${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('')}</body></html>`;

describe('module preloads', () => {
  it('reads static imports, not import()', () => {
    expect(staticImports(SCRIPTS['/_astro/Page.js']!, '/_astro/Page.js')).toEqual(['/_astro/hash.js']);
  });

  it('resolves imports against the importing script, under a base path too', () => {
    expect(staticImports('import"./a.js";import"../b.js";', '/bayan/_astro/x.js')).toEqual([
      '/bayan/_astro/a.js',
      '/bayan/b.js',
    ]);
  });

  it('follows imports through chunks, lists each once, and leaves out the entries and what loads on demand', () => {
    expect(staticClosure(['/_astro/Header.js', '/_astro/Page.js'], read)).toEqual([
      '/_astro/runtime.js',
      '/_astro/hash.js',
    ]);
  });

  it('puts one link per chunk in the head, once however often it runs', () => {
    const once = withModulePreloads(page(['/_astro/Page.js']), read);
    expect(once).toContain(
      '<link rel="modulepreload" href="/_astro/hash.js"><link rel="modulepreload" href="/_astro/runtime.js"></head>',
    );
    expect(once).not.toContain('later.js');
    expect(withModulePreloads(once, read)).toBe(once);
  });

  it('leaves a page whose scripts import nothing unchanged, and skips a script it cannot read', () => {
    const html = page(['/_astro/runtime.js', '/_astro/missing.js']);
    expect(withModulePreloads(html, read)).toBe(html);
  });
});
