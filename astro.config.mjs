// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins, REMARK_REHYPE } from './src/lib/markdown/pipeline.ts';
import { markdownInputsDigest } from './src/lib/markdown/inputs.ts';
import searchIndex from './src/integrations/search-index.ts';
import fonts from './src/integrations/fonts.ts';
import { SEARCH_OUTPUTS } from './src/lib/search/build/index.ts';
import unwrapPreload from './src/integrations/unwrap-preload.ts';
import pagePass from './src/integrations/page-pass.ts';
import keepDist from './src/integrations/keep-dist.ts';
import offline from './src/integrations/offline.ts';
import sitemap from '@astrojs/sitemap';

import { inlineScriptHash, SECURITY_DIRECTIVES } from './src/lib/build/security.ts';
import { isParagraphPage } from './src/lib/site/urls.ts';
import { alternates, isStatusPage } from './src/lib/site/sitemap.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/locales.ts';

// Part of the config Astro hashes, so a changed plugin or glossary entry re-renders cached readouts.
const inputs = markdownInputsDigest();
const base = process.env.BAYAN_BASE ?? '/';
// Absolute links (printed page link, citations) use this origin; set BAYAN_SITE when deploying.
const site = process.env.BAYAN_SITE ?? 'http://127.0.0.1:4321';
const siteRoot = new URL(base, site).href;

export default defineConfig({
  site,
  // Deploying under a sub-path: BAYAN_BASE=/bayan/ (every link goes through src/lib/site/urls.ts).
  base,
  // The interface languages, from src/i18n/locales.ts: English at today's URLs, Arabic under /ar/.
  // Each page is one src/pages/[...locale]/ route made in all of them (src/lib/site/routes.ts).
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  // Tests and benchmarks build other collections (BAYAN_READOUTS_DIR) without touching the main cache.
  ...(process.env.BAYAN_CACHE_DIR ? { cacheDir: process.env.BAYAN_CACHE_DIR } : {}),
  security: {
    csp: {
      directives: [...SECURITY_DIRECTIVES],
      // Astro hashes its bundled scripts; the pre-paint script is inline, so its hash is added here.
      // Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval', not 'unsafe-inline').
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [inlineScriptHash('src/client/site/init.js')],
      },
      // Shiki colours tokens with style attributes, which hashes cannot cover; styles cannot run code.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  build: {
    // Pages each render worker (below) may hold at once. Astro keeps workers × this many pages in flight,
    // and a page stays in flight while the main thread writes it into dist/ and the cache; with one,
    // each worker waited idle for those writes (docs/performance.md). BAYAN_BUILD_CONCURRENCY sets another.
    concurrency: Number(process.env.BAYAN_BUILD_CONCURRENCY ?? 2),
  },
  vite: {
    // The scripts load their parts with import(); Vite's preload helper around each would add to every page.
    plugins: [unwrapPreload()],
    // The search worker loads Pagefind with import(), which only a module worker may do.
    worker: { format: 'es' },
    build: {
      // dist/ is kept between builds, so pages the incremental build reuses stay where they are;
      // src/integrations/keep-dist.ts prunes what this build did not make.
      emptyOutDir: false,
      // One stylesheet for the whole site: a single render-blocking request, cached from page to page.
      cssCodeSplit: false,
    },
  },
  experimental: {
    // Pages whose cache key (src/lib/site/cache-keys.ts), route code and content are unchanged since the
    // previous build are reused, not rendered (docs/deploying.md); `astro build --force` renders everything.
    incrementalBuild: true,
    // Pages rendered in worker threads, not on the one thread that also writes them: the default (one
    // worker fewer than the cores) is a single worker on a 2-core machine. Two render while the main
    // thread writes; a route's props go to a worker by copy, so they hold ids, not readouts
    // (src/lib/site/collection.ts). BAYAN_RENDER_WORKERS sets another number (docs/performance.md).
    parallelPrerender: { workers: Number(process.env.BAYAN_RENDER_WORKERS ?? 2) },
  },
  integrations: [
    // First of the passes after the build: prunes what the previous build left in dist/ (the search
    // index keeps its own files, rewriting only those that change).
    keepDist(SEARCH_OUTPUTS),
    // Started here, it indexes in Pagefind's own process while the passes below run (page-pass waits for it).
    searchIndex(),
    // Paragraph pages point their canonical link at the reading page, so the sitemap lists only that.
    sitemap({
      // Nor the offline page, which the service worker shows in place of a page not saved, nor status pages.
      filter: (page) => !isParagraphPage(page) && !/\/offline\/$/.test(page) && !isStatusPage(page, siteRoot),
      // Each page listed with its other-language versions (xhtml:link hreflang), found from its path
      // (src/lib/site/sitemap.ts) rather than by the integration's i18n option, which compares every pair of URLs.
      serialize: (item) => {
        const links = alternates(item.url, siteRoot);
        return links ? { ...item, links } : item;
      },
    }),
    // Cuts the faces before the build; page-pass checks every written page and search text against them.
    fonts(),
    // One read of each page written: the faces' check, and its script chunks fetched with the page
    // (modulepreload links), not one round trip after another. Then it waits for the search index.
    pagePass(base),
    // Last: the service worker, its lists and the app manifests are made from dist/ as it finally is.
    offline(base),
    {
      // A static site with few, small scripts: Vite's module-preload polyfill would cost more than it saves.
      // Set after Astro's own build config, which would otherwise restore it.
      name: 'bayan-no-module-preload',
      hooks: {
        'astro:build:setup': ({ vite }) => {
          vite.build = { ...vite.build, modulePreload: false };
          for (const env of Object.values(vite.environments ?? {})) env.build = { ...env.build, modulePreload: false };
        },
      },
    },
  ],
  markdown: {
    // Astro 7's default processor would silently skip remark/rehype plugins.
    processor: unified({
      // The plugin list the tests render with too (src/lib/markdown/pipeline.ts).
      remarkPlugins: remarkPlugins(),
      rehypePlugins: rehypePlugins({ inputs, base }),
      // Astro passes raw HTML by default; the pipeline drops it (and links of schemes content may not use).
      remarkRehype: { ...REMARK_REHYPE },
      // Both would rewrite the verbatim source: SmartyPants turns " into curly quotes, GFM autolinks URLs.
      smartypants: false,
      gfm: false,
    }),
    // Readout bodies hold no code blocks (the content check rejects them); Shiki highlights the
    // source view and citations directly (src/lib/outputs/code-highlight.ts), under the style-src set above.
    syntaxHighlight: false,
  },
});
