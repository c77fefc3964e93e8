import { expect, test, type Page } from '@playwright/test';
import { READOUT } from './helpers.ts';

const SITE = 'http://127.0.0.1:4321';
const TITLE = 'Xi Jinping holds a virtual meeting with Vladimir Putin';

/** The head's meta tags as a reference manager reads them: name → every content, in order. */
const metaOf = (page: Page) =>
  page.evaluate(() => {
    const tags: Record<string, string[]> = {};
    for (const meta of document.head.querySelectorAll<HTMLMetaElement>('meta[name]'))
      (tags[meta.name] ??= []).push(meta.lang ? `${meta.lang}: ${meta.content}` : meta.content);
    return tags;
  });

// The tags Zotero's Embedded Metadata translator maps (docs/exports.md), with the values it should file: the
// same in both interfaces but the address, which is the page's own, as in its CSL-JSON.
const tagsOf = (url: string) => ({
  citation_title: [TITLE],
  'DC.title': [TITLE, 'ar: شي جينبينغ يعقد لقاء افتراضيا مع فلاديمير بوتين'],
  'DC.creator': ['Official Chinese readout of the meeting, Arabic edition'],
  'DC.contributor': ['Bayan editors'],
  citation_publication_date: ['2021/12/15'],
  'DC.date': ['2021-12-15'],
  citation_publisher: ['Bayan'],
  'DC.publisher': ['Bayan'],
  citation_language: ['en'],
  'DC.language': ['en'],
  'DC.type': ['webpage'],
  citation_public_url: [url],
  'DC.identifier': [url],
});

for (const prefix of ['', '/ar']) {
  test(`a reading page tells reference managers what it is (${prefix || '/'})`, async ({ page }) => {
    await page.goto(`${prefix}${READOUT}`);
    const tags = await metaOf(page);
    expect(tags).toMatchObject(tagsOf(`${SITE}${prefix}${READOUT}`));
    expect(tags['citation_author']).toBeUndefined();
    expect(tags['DCTERMS.bibliographicCitation']).toBeUndefined();
  });

  test(`a paragraph page cites its paragraph (${prefix || '/'})`, async ({ page }) => {
    await page.goto(`${prefix}${READOUT}12/`);
    const tags = await metaOf(page);
    expect(tags).toMatchObject(tagsOf(`${SITE}${prefix}${READOUT}`));
    expect(tags['DCTERMS.bibliographicCitation']).toEqual([
      expect.stringMatching(
        new RegExp(`^${TITLE} \\(.+\\), 15 December 2021, paragraph 12\\. .+ ${SITE}${prefix}${READOUT}#p-12$`),
      ),
    ]);
  });
}
