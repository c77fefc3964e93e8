/**
 * After the build, gives every page a modulepreload link for each chunk its scripts import
 * statically (src/lib/build/module-preload.ts). Only the pages this build wrote: a page an incremental
 * build reused got its links when it was written, and its scripts are unchanged (a change renders every page).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withModulePreloads } from '../lib/build/module-preload.ts';
import { withSlash } from '../lib/site/urls.ts';
import { writtenFiles } from '../lib/build/written-files.ts';

export default function modulePreload(base: string): AstroIntegration {
  return {
    name: 'bayan-module-preload',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const prefix = withSlash(base);
        const scripts = new Map<string, string | undefined>();
        const read = (path: string) => {
          if (!scripts.has(path)) {
            const file = path.startsWith(prefix) ? join(out, path.slice(prefix.length)) : undefined;
            scripts.set(path, file !== undefined && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
          }
          return scripts.get(path);
        };
        for (const page of writtenFiles(out, (file) => file.endsWith('.html'))) {
          const html = readFileSync(join(out, page), 'utf8');
          const preloaded = withModulePreloads(html, read);
          if (preloaded !== html) writeFileSync(join(out, page), preloaded);
        }
      },
    },
  };
}
