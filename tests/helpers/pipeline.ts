/** The Markdown pipeline Astro runs for a readout (src/lib/markdown/pipeline.ts), with a glossary of the test's choosing. */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { loadGlossary, type Glossary } from '../../src/lib/glossary/load.ts';
import { TermMatcher } from '../../src/lib/glossary/matcher.ts';
import { rehypePlugins, remarkPlugins, REMARK_REHYPE } from '../../src/lib/markdown/pipeline.ts';
import rehypePairChrome from '../../src/lib/markdown/rehype-pair-chrome.ts';
import type { PairText } from '../../src/lib/readout/pairs.ts';
import type { Term } from '../../src/schemas/term.ts';
import { dictionary } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { FRONTMATTER } from './readouts.ts';

export function glossaryOf(terms: Partial<Term>[]): Glossary {
  const full = terms.map(
    (t) =>
      ({
        kind: 'term',
        aliases: [],
        related: [],
        marking: 'every',
        note: { en: '', ar: '' },
        transliteration: '',
        name: { en: t.id, ar: t.id },
        ...t,
      }) as Term,
  );
  return { terms: full, byId: new Map(full.map((t) => [t.id, t])), matcher: new TermMatcher(full) };
}

/** Renders a readout body with one interface's chrome; `frontmatterBlock` is the --- block whose participants and lang apply. */
export async function render(
  body: string,
  glossary: Glossary = loadGlossary(),
  frontmatterBlock = FRONTMATTER,
  locale: Locale = 'en',
) {
  const frontmatter = parseYaml(frontmatterBlock.replaceAll('---', ''));
  const file = new VFile({ path: 'content/readouts/test.md', value: body, data: { astro: { frontmatter } } });
  const out = await unified()
    .use(remarkParse)
    .use(remarkPlugins({ glossary }))
    .use(remarkRehype, REMARK_REHYPE)
    .use(rehypePlugins({ glossary }))
    .use(rehypePairChrome, { locale, words: dictionary(locale).reading, readout: frontmatter })
    .use(rehypeStringify)
    .process(file);
  const data = (file.data['astro'] as { frontmatter: { pairs: PairText[]; paragraphs: number } }).frontmatter;
  return { html: String(out), pairs: data.pairs, paragraphs: data.paragraphs };
}
