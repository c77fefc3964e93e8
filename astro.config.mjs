// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkReadoutPairs from './src/plugins/remark-readout-pairs.ts';
import rehypeGlossaryMarks from './src/plugins/rehype-glossary-marks.ts';
import rehypePairChrome from './src/plugins/rehype-pair-chrome.ts';
import { markdownInputsDigest } from './src/lib/markdown-inputs.ts';
import searchIndex from './src/integrations/search-index.ts';
import sitemap from '@astrojs/sitemap';

// Part of the config Astro hashes, so a changed plugin or glossary entry re-renders cached readouts.
const inputs = markdownInputsDigest();

export default defineConfig({
  // Absolute links (printed page link, citations) use this origin; set BAYAN_SITE when deploying.
  site: process.env.BAYAN_SITE ?? 'http://127.0.0.1:4321',
  // Tests and benchmarks build other collections (BAYAN_READOUTS_DIR) without touching the main cache.
  ...(process.env.BAYAN_CACHE_DIR ? { cacheDir: process.env.BAYAN_CACHE_DIR } : {}),
  integrations: [
    // Paragraph pages point their canonical link at the reading page, so the sitemap lists only that.
    sitemap({ filter: (page) => !/\/readouts\/[^/]+\/\d+\/$/.test(page) }),
    searchIndex(),
  ],
  markdown: {
    // Astro 7's default processor would silently skip remark/rehype plugins.
    processor: unified({
      remarkPlugins: [remarkDirective, remarkReadoutPairs],
      rehypePlugins: [[rehypeGlossaryMarks, { inputs }], rehypePairChrome],
      // Both would rewrite the verbatim source: SmartyPants turns " into curly quotes, GFM autolinks URLs.
      smartypants: false,
      gfm: false,
    }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
});
