/**
 * Vite plugin: drops Vite's preload helper from the built scripts when no call needs it
 * (src/lib/build/preload-calls.ts). It rewrites the files once written: Vite's own last pass over
 * the chunks (generateBundle) would otherwise restore the calls.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Plugin } from 'vite';
import { unwrapPreloadCalls } from '../lib/build/preload-calls.ts';

export default function unwrapPreload(): Plugin {
  return {
    name: 'bayan-unwrap-preload',
    apply: 'build',
    writeBundle({ dir }, bundle) {
      const helper = Object.values(bundle).find(
        (file) => file.type === 'chunk' && /(^|\/)preload-helper\.[^/]+\.js$/.test(file.fileName),
      );
      if (!helper || !dir) return;
      const file = basename(helper.fileName);
      const rewritten = new Map<string, string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk === helper || !chunk.code.includes(file)) continue;
        const code = unwrapPreloadCalls(chunk.code, file);
        if (code === undefined) return; // a call with dependencies: the helper stays, everywhere
        rewritten.set(chunk.fileName, code);
      }
      for (const [name, code] of rewritten) writeFileSync(join(dir, name), code);
      rmSync(join(dir, helper.fileName));
    },
  };
}
