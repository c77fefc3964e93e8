import { expect, test, type Page } from '@playwright/test';
import { axeViolations, READOUT, SOURCE_LINES } from './helpers.ts';

/** Paragraph numbers of the results listed in <main>, in rank order (the page's contract). */
async function paragraphsListed(page: Page): Promise<number[]> {
  const hrefs = await page
    .locator('main a[href*="#p-"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  // A result opens on the sentence that holds the match (#p-N.s), or on the paragraph when the match
  // is in no sentence's words (a glossary alias the text does not use); sentences.spec.ts checks which sentence.
  return hrefs.map((h) => Number(/#p-(\d+)(?:\.\d+)?$/.exec(h)?.[1]));
}

/** Paragraph numbers of the results on /search/?q=… (plus `more` parameters), in rank order. */
async function ranked(page: Page, query: string, more = ''): Promise<number[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}${more}`);
  await expect(page.locator('[data-search-status]')).not.toBeEmpty();
  return paragraphsListed(page);
}

/**
 * The same contract, from one /search/ page per worker that stays open: the query is typed and
 * submitted, so Pagefind's WebAssembly and index load once, not once for each of the 50 queries.
 */
const warm = test.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser }, use, workerInfo) => {
      const page = await browser.newPage({ baseURL: workerInfo.project.use.baseURL! });
      page.on(
        'request',
        (r) => new URL(r.url()).pathname.startsWith('/search/vocab/') && vocabularyFetched.push(r.url()),
      );
      await page.goto('/search/');
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

/** Files of the typo vocabulary the warm page has fetched (it loads only for a word the index does not know). */
const vocabularyFetched: string[] = [];

/** The query's results on the warm page, and whether it loaded any of the vocabulary or showed a correction. */
async function searchedWarm(page: Page, query: string) {
  const before = vocabularyFetched.length;
  const results = await rankedWarm(page, query);
  const correction = page.locator('[data-search-status] em');
  return {
    results,
    vocabulary: vocabularyFetched.length > before,
    corrected: (await correction.count()) > 0 ? await correction.textContent() : undefined,
  };
}

async function rankedWarm(page: Page, query: string): Promise<number[]> {
  const box = page.locator('#search-query');
  await box.fill(query);
  await box.press('Enter');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', query.trim());
  await expect(page).toHaveURL(`/search/?q=${encodeURIComponent(query).replaceAll('%20', '+')}`);
  return paragraphsListed(page);
}

/** [query, paragraphs that must be among the top results] */
const QUERIES: [string, number[]][] = [
  ['BRICS', [12, 15]],
  ['brics', [12, 15]],
  ['بريكس', [12, 15]],
  ['البريكس', [12, 15]],
  ['BRICS Plus', [12]],
  ['SCO', [11, 15]],
  ['Shanghai Cooperation Organization', [11, 15]],
  ['شانغهاي', [11, 15]],
  ['شنغهاي', [11, 15]],
  ['منظمة شنغهاي للتعاون', [11, 15]],
  ['CSTO', [11]],
  ['Taiwan', [15]],
  ['تايوان', [15]],
  ['بتايوان', [15]],
  ['تَايْوَان', [15]],
  ['تايـــوان', [15]],
  ['vaccines', [8]],
  ['vaccine', [8]],
  ['لقاحات', [8]],
  ['اللقاحات', [8]],
  ['مجلس الامن', [13, 15]],
  ['مجلس الأمن الدولي', [13, 15]],
  ['P5', [13]],
  ['five permanent members', [13]],
  ['Winter Olympics', [15]],
  ['اولمبياد', [15]],
  ['Belt and Road', [4, 15]],
  ['BRI', [4, 15]],
  ['الحزام والطريق', [4, 15]],
  ['GDI', [10]],
  ['مبادرة التنمية العالمية', [10]],
  ['He Lifeng', [18]],
  ['خه ليفونغ', [18]],
  ['Cold War mentality', [7]],
  ['عقلية الحرب الباردة', [7]],
  ['hegemonism', [7]],
  ['الهيمنه', [7]],
  ['climate change', [7]],
  ['democracy', [14]],
  ['الديمقراطية', [14]],
  ['nuclear energy', [9]],
  ['الطاقة النووية', [9]],
  ['COVID-19', [8]],
  ['كورونا', [8, 15]],
  ['الحوكمه العالميه', [7, 10]],
  ['الاولي', [4]],
  ['٢٠٣٠', [5, 10]],
  ['20th National Congress', [5]],
  // Hyphenated forms the text does not write so: Pagefind searches their parts, and nothing is "corrected".
  ['BRICS-plus', [12]],
  ['belt-and-road', [4, 15]],
];

warm.describe('search finds the paragraph', () => {
  for (const [query, expected] of QUERIES) {
    warm(`"${query}" → ¶ ${expected.join(', ')}`, async ({ searchPage }) => {
      const { results, vocabulary, corrected } = await searchedWarm(searchPage, query);
      const top = results.slice(0, Math.max(3, expected.length));
      for (const n of expected) expect(top, `results: ${results.join(', ')}`).toContain(n);
      // Spelled right, so nothing is corrected and the typo vocabulary is never fetched.
      expect(corrected).toBeUndefined();
      expect(vocabulary).toBe(false);
    });
  }

  warm(
    'clitics do not change what an Arabic query finds: الصين = للصين = وبالصين = والصين = صين',
    async ({ searchPage }) => {
      const base = (await rankedWarm(searchPage, 'الصين')).sort((a, b) => a - b);
      expect(base).toContain(2);
      for (const form of ['للصين', 'وبالصين', 'والصين', 'صين', 'الصّين'])
        expect(
          (await rankedWarm(searchPage, form)).sort((a, b) => a - b),
          form,
        ).toEqual(base);
    },
  );

  warm(
    'in the meeting’s languages: Chinese and Russian names, short forms, formulas, declined Russian, Chinese inside a longer query',
    async ({ searchPage }) => {
      for (const [query, expected] of [
        ['上海合作组织', [11, 15]],
        ['上合组织', [11, 15]],
        ['金砖国家', [12, 15]],
        ['金砖国家领导人会晤', [12, 15]], // no spaces in Chinese: the name inside a longer string
        ['北京冬奥会', [15]],
        ['人类命运共同体', [5]],
        ['ШОС', [11, 15]],
        ['шос', [11, 15]],
        ['Шанхайская организация сотрудничества', [11, 15]],
        ['Шанхайской организации сотрудничества', [11, 15]], // genitive
        ['Тайвань', [15]],
        ['Тайваня', [15]], // genitive
        ['ОДКБ', [11]],
      ] as const) {
        const results = await rankedWarm(searchPage, query);
        for (const n of expected) expect(results.slice(0, 3), `${query}: ${results.join(', ')}`).toContain(n);
      }
      // The status says which term a query in another language was taken for.
      await rankedWarm(searchPage, '上海合作组织');
      await expect(searchPage.locator('[data-search-status]')).toHaveText(
        '“上海合作组织” → Shanghai Cooperation Organisation: 2 paragraphs.',
      );
      await expect(searchPage.locator('[data-search-status] [lang="zh-Hans"]')).toHaveText('上海合作组织');
    },
  );

  warm('an Arabic lemma finds its inflected forms (the word study), exact forms first', async ({ searchPage }) => {
    // The text has only the plural العلاقات, and دولة once beside many دول: found through the words' lemmas.
    const { results: relations, corrected } = await searchedWarm(searchPage, 'علاقة');
    expect(corrected, 'a lemma is a word the index knows, not a typo').toBeUndefined();
    for (const n of [2, 3, 5, 6, 7, 8, 14, 15]) expect(relations, `علاقة: ${relations.join(', ')}`).toContain(n);
    const states = await rankedWarm(searchPage, 'دولة');
    for (const n of [2, 6, 10, 11, 12, 13, 14, 15]) expect(states, `دولة: ${states.join(', ')}`).toContain(n);
    expect(states[0], 'the one paragraph that writes دولة ranks first').toBe(6);
    const fields = await rankedWarm(searchPage, 'مجال');
    for (const n of [2, 4, 7, 8, 9, 11, 12, 15]) expect(fields, `مجال: ${fields.join(', ')}`).toContain(n);
  });

  warm('a query for what the readout does not discuss finds nothing, in every language', async ({ searchPage }) => {
    for (const query of ['北约', '量子计算机', 'НАТО', 'квантовый компьютер', 'الحلف الأطلسي', 'quantum computer'])
      expect(await rankedWarm(searchPage, query), query).toEqual([]);
  });

  warm('the first listed paragraph ranks first for names', async ({ searchPage }) => {
    for (const [query, first] of [
      ['BRICS', 12],
      ['بريكس', 12],
      ['SCO', 11],
      ['Taiwan', 15],
      ['vaccines', 8],
      ['P5', 13],
    ] as const) {
      expect((await rankedWarm(searchPage, query))[0], query).toBe(first);
    }
  });

  test('a query in the address gives the same ranking as one typed on the page', async ({ page }) => {
    // The table above types its queries; this checks that /search/?q=… (what links and bookmarks use) agrees.
    for (const query of ['BRICS', 'منظمة شنغهاي للتعاون', 'الصين'])
      expect(await ranked(page, query), query).toEqual(await rankedWarm(page, query));
  });

  test('a multi-word query ranks paragraphs with all the words first, then those with some', async ({ page }) => {
    const results = await ranked(page, 'Taiwan BRICS');
    expect(results[0]).toBe(15);
    expect(results).toContain(12);
    await expect(page.locator('.result').first()).not.toContainText('some of the words');
    await expect(page.locator('.result', { has: page.locator(`a[href*="#p-12."]`) })).toContainText(
      'some of the words',
    );
  });
});

/** [typed, what the page says it searched for, the paragraph that must come first] */
const TYPOS: [string, string, number][] = [
  // English: neighbours swapped, a letter dropped, a letter doubled, a wrong letter
  ['startegic', 'strategic', 15],
  ['Tiawan', 'Taiwan', 15],
  ['Olmypics', 'Olympics', 15],
  ['BRISC', 'BRICS', 12],
  ['democarcy', 'democracy', 14],
  ['He Lifneg', 'He Lifeng', 18],
  ['vacines', 'vaccines', 8],
  ['hegemnism', 'hegemonism', 7],
  ['vaccinnes', 'vaccines', 8],
  ['Taiwwan', 'Taiwan', 15],
  ['nucleer energy', 'nuclear energy', 9],
  ['Shanghia Cooperation Organisation', 'Shanghai Cooperation Organisation', 11],
  // Arabic: a long vowel written in or left out, with and without clitics and the article
  ['الأولومبياد', 'الأولمبياد', 15],
  ['والأولومبياد', 'والأولمبياد', 15],
  ['تيوان', 'تايوان', 15],
  ['بتيوان', 'بتايوان', 15],
  ['لقاحت', 'لقاحات', 8],
  ['واللقاحت', 'واللقاحات', 8],
  ['الديموقراطية', 'الديمقراطية', 4],
  ['فلاديمر بوتن', 'فلاديمير بوتين', 1],
  // Arabic: letters written for each other (ض/ظ, ذ/ز, ث/س), the first letter too
  ['الاظطرابات', 'الاضطرابات', 3],
  ['زريعة', 'ذريعة', 11],
  ['السنائي', 'الثنائي', 4],
  ['الزكرى', 'الذكرى', 15],
  ['النضام', 'النظام', 12],
];

warm.describe('search forgives typos', () => {
  for (const [typed, shown, first] of TYPOS) {
    warm(`"${typed}" → "${shown}", ¶ ${first} first`, async ({ searchPage }) => {
      const { results, corrected } = await searchedWarm(searchPage, typed);
      expect(corrected).toBe(shown);
      expect(results[0], `results: ${results.join(', ')}`).toBe(first);
    });
  }

  warm('a mistyped word finds what the right spelling finds, in the same order', async ({ searchPage }) => {
    for (const [typed, right] of [
      ['startegic', 'strategic'],
      ['الأولومبياد', 'الأولمبياد'],
      ['الديموقراطية', 'الديمقراطية'],
      ['زريعة', 'ذريعة'],
    ]) {
      expect(await rankedWarm(searchPage, typed!), typed).toEqual(await rankedWarm(searchPage, right!));
    }
  });

  test('a query spelled right lists the same paragraphs with corrections on and off (?exact=1)', async ({ page }) => {
    // "coop" is no word but starts several (cooperation): a word being typed is not "corrected".
    // (The 48-query table checks that no query of it corrects anything or loads the vocabulary.)
    for (const query of ['Taiwan BRICS', 'الحوكمه العالميه', 'coop']) {
      const withCorrections = await ranked(page, query);
      await expect(page.locator('[data-search-status] em')).toHaveCount(0);
      expect(await ranked(page, query, '&exact=1'), query).toEqual(withCorrections);
    }
  });

  test('a paragraph holding a word as typed ranks above one holding only a corrected word', async ({ page }) => {
    // Spelled right, "Taiwan vaccines" lists the short ¶ 8 (vaccines) before the long ¶ 15 (Taiwan).
    expect(await ranked(page, 'Taiwan vaccines')).toEqual([8, 15]);
    // With "vaccines" mistyped, ¶ 15 holds a word as typed and ¶ 8 only the correction.
    expect(await ranked(page, 'Taiwan vacines')).toEqual([15, 8]);
    await expect(page.locator('[data-search-status] em')).toHaveText('Taiwan vaccines');
  });
});

test.describe('the /search/ page', () => {
  test('results show readout, paragraph number, speaker and excerpts in both languages, words marked', async ({
    page,
  }) => {
    await page.goto('/search/?q=بريكس');
    const first = page.locator('.result').first();
    await expect(first.getByRole('link')).toHaveText('Xi Jinping holds a virtual meeting with Vladimir Putin · ¶ 12');
    await expect(first.getByRole('link')).toHaveAttribute('href', `${READOUT}?q=${encodeURIComponent('بريكس')}#p-12.1`);
    await expect(first).toContainText('Xi Jinping · 15 December 2021');
    await expect(first.locator('[lang="ar"][dir="rtl"] mark').first()).toHaveText('بريكس');
    await expect(first.locator('[lang="en"] mark').first()).toHaveText('BRICS');
    await expect(page.locator('[data-search-status]')).toHaveText('2 paragraphs match “بريكس”.');
  });

  test('keeps the URL in step while typing', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Search the readouts, in English or Arabic').fill('Taiwan');
    await expect(page).toHaveURL(/\/search\/\?q=Taiwan$/);
    await expect(page.locator('main a[href$="#p-15.7"]')).toHaveCount(1);
  });

  test('a query holding markup is shown as text and injects nothing', async ({ page }) => {
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    const q = '<img src=x onerror=alert(1)><b>bold</b>';
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('[data-search-status]')).toContainText(`“${q}”`);
    await expect(page.locator('main img, main b')).toHaveCount(0);
    await expect(page.getByLabel('Search the readouts, in English or Arabic')).toHaveValue(q);
    expect(dialog).toBe(false);
  });

  test('filters by speaker and by kind of term, with counts, and keeps them in the URL', async ({ page }) => {
    await page.goto('/search/?q=BRICS');
    const speakers = page.getByRole('group', { name: 'Speaker' });
    await expect(speakers).toHaveText('Speaker Vladimir Putin (1) Xi Jinping (1)');
    await expect(page.getByRole('group', { name: 'Kind of term' })).toContainText('International organisation or body');
    await speakers.getByLabel(/Vladimir Putin/).check();
    await expect(page).toHaveURL(/speaker=Vladimir\+Putin/);
    await expect.poll(() => page.locator('main a[href*="#p-"]').count()).toBe(1);
    await expect(page.locator('main a[href*="#p-"]')).toHaveAttribute('href', /#p-15\.\d+$/);
    await page.reload();
    await expect(page.locator('main a[href*="#p-"]')).toHaveCount(1);
    await expect(page.getByRole('group', { name: 'Speaker' }).getByLabel(/Vladimir Putin/)).toBeChecked();
  });

  test('an empty result says so and suggests the other language’s name the glossary knows', async ({ page }) => {
    await page.goto('/search/?q=Taiwan&speaker=Narration');
    await expect(page.locator('[data-search-status]')).toHaveText('No paragraphs match “Taiwan”. Try تايوان.');
    await page.goto('/search/?q=qwertyuiop');
    await expect(page.locator('[data-search-status]')).toHaveText('No paragraphs match “qwertyuiop”.');
    // Too short to tell a typo from another word: no glossary name is suggested.
    await page.goto(`/search/?q=${encodeURIComponent('ﻻ')}`);
    await expect(page.locator('[data-search-status]')).toHaveText('No paragraphs match “ﻻ”.');
  });

  test('a corrected search says what it searched for, and searches exactly as typed on request', async ({ page }) => {
    await page.goto('/search/?q=startegic');
    const status = page.locator('[data-search-status]');
    await expect(status).toHaveText(
      'Showing results for strategic. Search exactly for “startegic”. 4 paragraphs match “strategic”.',
    );
    await expect(status.locator('em')).toHaveText('strategic');
    // Results open on the paragraph with the corrected word marked.
    await expect(page.locator('main a[href*="#p-"]').first()).toHaveAttribute('href', /\?q=strategic#p-15\.1$/);
    await status.getByRole('link', { name: 'Search exactly for “startegic”' }).click();
    await expect(page).toHaveURL('/search/?q=startegic&exact=1');
    await expect(status).toContainText('No paragraphs match “startegic”.');
    await expect(page.locator('.result')).toHaveCount(0);
    // A new query may be corrected again.
    await page.locator('#search-query').fill('Tiawan');
    await expect(status.locator('em')).toHaveText('Taiwan');
    await expect(page).toHaveURL('/search/?q=Tiawan');
  });

  test('an Arabic correction is written as the text spells it, right to left', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('والأولومبياد')}`);
    const shown = page.locator('[data-search-status] em');
    await expect(shown).toHaveText('والأولمبياد');
    await expect(shown).toHaveAttribute('lang', 'ar');
    await expect(shown).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main a[href*="#p-"]').first()).toHaveAttribute(
      'href',
      new RegExp(`\\?q=${encodeURIComponent('والأولمبياد')}#p-15\\.5$`),
    );
  });

  test('when nothing matches even with corrections, it suggests the closest glossary name', async ({ page }) => {
    await page.goto('/search/?q=Pootin');
    await expect(page.locator('[data-search-status]')).toHaveText('No paragraphs match “Pootin”. Try Vladimir Putin.');
    // Two words run together: no word of the index is that close, the glossary's name is.
    await page.goto(`/search/?q=${encodeURIComponent('فلاديميربوتين')}`);
    await expect(page.locator('[data-search-status]')).toHaveText(
      'No paragraphs match “فلاديميربوتين”. Try فلاديمير بوتين.',
    );
  });

  test('axe finds no violations with a correction shown', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('الأولومبياد')}`);
    await expect(page.locator('[data-search-status] em')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds no violations with results and filters shown', async ({ page }) => {
    await page.goto('/search/?q=BRICS');
    await expect(page.locator('.result')).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the search box in the header', () => {
  test('/ focuses it; typing lists paragraphs; arrows move; Enter opens the paragraph', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search the readouts' });
    await expect(box).toBeFocused();
    await page.keyboard.type('BRICS');
    // Wait for the list of the whole word, not of a prefix typed on the way.
    await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'BRICS');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options).toHaveCount(2);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${READOUT}\\?q=BRICS#p-12\\.4$`));
    await expect(page.locator('#p-12 .gloss .seg[data-s="4"]')).toHaveClass(/is-highlighted/);
  });

  test('Ctrl-K focuses it and Escape closes the list', async ({ page }) => {
    await page.goto(READOUT);
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox', { name: 'Search the readouts' });
    await expect(box).toBeFocused();
    await page.keyboard.type('تايوان');
    await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'تايوان');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  const unavailable = 'Search could not load. Check the connection and try again.';

  test('when the paragraph map cannot load it says so, and works again once the connection is back', async ({
    page,
  }) => {
    await page.route('**/search/map.json', (route) => route.abort('internetdisconnected'));
    await page.goto(READOUT);
    const box = page.getByRole('combobox', { name: 'Search the readouts' });
    await box.fill('Taiwan');
    await expect(page.locator('[data-site-search-status]')).toHaveText(unavailable);
    await page.unroute('**/search/map.json');
    await box.pressSequentially(' ');
    await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'Taiwan');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toHaveAttribute(
      'href',
      /#p-15\.7$/,
    );
  });

  test('when the search worker cannot load Pagefind it says so at each try, and works once every file comes through', async ({
    page,
  }) => {
    // The connection comes back one file at a time: the worker's own script, then Pagefind's script (which the
    // worker fetches), then its WebAssembly. Each failure retires the worker; the next keystroke starts another.
    const files = ['**/_astro/pagefind-worker-*.js', '**/pagefind/pagefind.js', '**/pagefind/wasm.*.pagefind'];
    for (const file of files) await page.route(file, (route) => route.abort('internetdisconnected'));
    await page.goto(READOUT);
    const box = page.getByRole('combobox', { name: 'Search the readouts' });
    const status = page.locator('[data-site-search-status]');
    await box.fill('Taiwan');
    for (const file of files) {
      await expect(status).toHaveText(unavailable);
      await status.evaluate((el) => (el.textContent = ''));
      await page.unroute(file);
      await box.pressSequentially(' ');
    }
    await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'Taiwan');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toHaveAttribute(
      'href',
      /#p-15\.7$/,
    );
  });

  test('nothing of the search is downloaded until the box is used, and the typo vocabulary only for a word the index does not know', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(READOUT);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.startsWith('/search/'))).toEqual([]);
    const box = page.getByRole('combobox', { name: 'Search the readouts' });
    await box.focus();
    await expect.poll(() => fetched.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    await box.fill('strategic coordination');
    await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'strategic coordination');
    expect(fetched.filter((p) => p.startsWith('/search/vocab/'))).toEqual([]);
    await box.fill('startegic coordination');
    await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'startegic coordination');
    // The catalogue, whether "startegic" starts a longer word, then only the words starting with s
    // (code point 73) of 7 to 11 letters: two edits of a 9-letter word.
    const vocabulary = fetched
      .filter((p) => p.startsWith('/search/vocab/'))
      .map((p) => p.slice('/search/vocab/'.length));
    expect(vocabulary.sort()).toEqual([
      '73-10.json',
      '73-11.json',
      '73-7.json',
      '73-8.json',
      '73-9.json',
      '73-9.prefixes.json',
      'catalogue.json',
    ]);
  });

  test('a typo in the header box: the list says what it searched for and opens the paragraph with the right word marked', async ({
    page,
  }) => {
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search the readouts' });
    await box.fill('Tiawan');
    await expect(page.locator('[data-site-search-list]')).toHaveAttribute('data-query', 'Tiawan');
    await expect(page.locator('[data-site-search-status]')).toHaveText(
      'Showing results for “Taiwan”. 1 paragraph; Enter opens, ↑ ↓ move.',
    );
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${READOUT}\\?q=Taiwan#p-15\\.7$`));
    await expect(page.locator('#p-15 .gloss .search-hit').first()).toHaveText('Taiwan');
  });
});

test.describe('landing from a search', () => {
  test('marks the searched words in both languages and keeps the Arabic text intact', async ({ page }) => {
    await page.goto(`${READOUT}?q=BRICS#p-12`);
    const p12 = page.locator('#p-12');
    await expect(p12).toHaveClass(/is-highlighted/);
    await expect(p12.locator('.pair-text .search-hit').first()).toBeVisible();
    await expect(p12.locator('.gloss .search-hit').first()).toHaveText('BRICS');
    expect(await p12.locator('.pair-text').textContent()).toBe(SOURCE_LINES[11]);
  });

  test('marks Arabic query forms: لقاحات marks اللقاحات', async ({ page }) => {
    await page.goto(`${READOUT}?q=${encodeURIComponent('لقاحات')}#p-8`);
    await expect(page.locator('#p-8 .pair-text mark.search-hit')).toHaveText(['اللقاحات']);
  });

  test('a hash change on the same page moves the landing', async ({ page }) => {
    await page.goto(`${READOUT}?q=BRICS#p-12`);
    await page.evaluate(() => (location.hash = '#p-15'));
    await expect(page.locator('#p-15')).toHaveClass(/is-highlighted/);
    await expect(page.locator('#p-12')).not.toHaveClass(/is-highlighted/);
    await expect(page.locator('#p-15 .gloss .search-hit').first()).toBeVisible();
  });
});
