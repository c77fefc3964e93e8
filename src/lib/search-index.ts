/**
 * Builds the Pagefind index from the built site: one record per paragraph,
 * read from the JSON exports in dist/readouts/*.json.
 *
 * Each record's content is the English gloss and translator's notes (stemmed
 * by Pagefind's English stemmer), the Arabic as normalised variants
 * (src/lib/search-text.ts), and the names, forms and aliases of the glossary
 * terms the paragraph mentions, so SCO finds منظمة شانغهاي للتعاون and back.
 * The display text travels in `meta`, so results show clean text.
 */
import { globSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { TERM_KIND_LABEL } from '../schemas/term.ts';
import type { Glossary } from './glossary.ts';
import type { ReadoutJson } from './readout-json.ts';
import { arabicIndexText, isArabic, termToken } from './search-text.ts';

export interface IndexStats {
  records: number;
  files: number;
}

export async function buildSearchIndex(dist: string, glossary: Glossary): Promise<IndexStats> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let records = 0;
  for (const file of globSync('readouts/*.json', { cwd: dist })) {
    const readout = JSON.parse(readFileSync(join(dist, file), 'utf8')) as ReadoutJson;
    for (const p of readout.paragraphs) {
      const original = p.text[readout.lang] ?? '';
      const english = p.text['en'] ?? '';
      const terms = p.terms.map((id) => glossary.byId.get(id)).filter((t) => t !== undefined);
      const names = terms.flatMap((t) => [t.name.en, t.name.ar, ...t.forms.en, ...t.forms.ar, ...t.aliases]);
      const content = [
        english,
        ...p.notes.filter((n) => !isArabic(n)),
        arabicIndexText(original),
        names.filter((n) => !isArabic(n)).join(' · '),
        arabicIndexText(names.filter(isArabic).join(' ')),
        p.terms.map(termToken).join(' '),
      ].join('\n');
      const response = await index.addCustomRecord({
        url: `/readouts/${readout.slug}/#p-${p.n}`,
        content,
        language: 'en',
        meta: {
          title: readout.title.en,
          titleOriginal: readout.title.ar,
          slug: readout.slug,
          n: String(p.n),
          speaker: p.speaker.name,
          date: readout.date,
          lang: readout.lang,
          original,
          english,
        },
        filters: {
          speaker: [p.speaker.name],
          kind: [...new Set(terms.map((t) => TERM_KIND_LABEL[t.kind]))],
        },
      });
      if (response.errors.length > 0) throw new Error(`Pagefind rejected ${readout.slug} paragraph ${p.n}: ${response.errors.join('; ')}`);
      records++;
    }
  }
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  // Bayan has its own search interface; Pagefind's bundled UIs would only be dead weight in dist/.
  for (const file of globSync('pagefind/pagefind-{ui,component-ui,modular-ui,highlight}.*', { cwd: dist })) rmSync(join(dist, file));
  await pagefind.close();
  return { records, files: globSync('pagefind/**/*', { cwd: dist }).length };
}
