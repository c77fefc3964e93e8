import { expect, test } from '@playwright/test';
import { axeViolations, openTools, READOUT } from './helpers.ts';

const arabicBrics = (page: import('@playwright/test').Page) =>
  page.locator('#p-12 .pair-text a.term[href="/terms/brics/"]').first();
const popover = (page: import('@playwright/test').Page) => page.locator('#term-popover');

test.describe('term marks on the reading page', () => {
  test('hovering a mark opens its note and lights up the same term in the other language', async ({ page }) => {
    await page.goto(`${READOUT}#p-12`);
    await arabicBrics(page).hover();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toContainText('BRICS');
    await expect(popover(page)).toContainText('The grouping of Brazil, Russia, India, China and South Africa');
    await expect(popover(page).getByRole('link', { name: /All mentions of BRICS/ })).toHaveAttribute(
      'href',
      '/terms/brics/',
    );
    await expect(page.locator('#p-12 .gloss a.term.is-counterpart[href="/terms/brics/"]').first()).toBeVisible();
    await expect(page.locator('#p-15 a.term.is-counterpart')).toHaveCount(0);
    await page.mouse.move(5, 5);
    await expect(popover(page)).toBeHidden();
  });

  test('works from the keyboard: focus shows the note, Enter pins it and moves in, Escape returns', async ({
    page,
  }) => {
    await page.goto(`${READOUT}#p-12`);
    const mark = arabicBrics(page);
    await mark.focus();
    await expect(popover(page)).toBeVisible();
    await expect(mark).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Enter');
    await expect(popover(page).getByRole('link', { name: /All mentions of BRICS/ })).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${READOUT}#p-12$`));
    await page.keyboard.press('Escape');
    await expect(popover(page)).toBeHidden();
    await expect(mark).toBeFocused();
  });

  test('screen readers get the note as the mark’s description from the first key on', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('term-cards') && asked.push(r.url()));
    await page.goto(READOUT);
    await expect(arabicBrics(page)).not.toHaveAttribute('aria-describedby', /./); // no card in the page to point at yet
    expect(asked).toEqual([]);
    await page.keyboard.press('Tab');
    await expect(arabicBrics(page)).toHaveAccessibleDescription(
      /The grouping of Brazil, Russia, India, China and South Africa/,
    );
    expect(asked).toEqual([expect.stringMatching(/\/readouts\/xi-putin-2021-12-15\/term-cards\.json$/)]);
  });

  test('a mark whose note cannot be fetched leads to its term page', async ({ page }) => {
    await page.route('**/term-cards.json', (route) => route.abort());
    await page.goto(READOUT);
    await arabicBrics(page).click();
    await expect(page).toHaveURL(/\/terms\/brics\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('BRICS');
  });

  test('the marks can be turned off, leave the tab order, and stay off on the next visit', async ({ page }) => {
    await page.goto(READOUT);
    await openTools(page);
    await page.getByLabel('Show term marks').uncheck();
    const mark = arabicBrics(page);
    expect(await mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
    await expect(mark).toHaveAttribute('tabindex', '-1');
    await page.reload();
    await expect(page.getByLabel('Show term marks')).not.toBeChecked();
    expect(await arabicBrics(page).evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
  });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('a tap opens the note instead of leaving the page', async ({ page }) => {
    await page.goto(`${READOUT}#p-12`);
    await arabicBrics(page).tap();
    await expect(popover(page)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${READOUT}#p-12$`));
    await expect(popover(page)).toContainText('International organisation or body · Brīks');
    const box = await popover(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });

  test('a note near the bottom of the screen opens above the mark, fully on screen', async ({ page }) => {
    await page.goto(`${READOUT}#p-15`);
    const marks = page.locator('#p-15 .pair-text a.term');
    let chosen = marks.first();
    for (let i = 0; i < (await marks.count()); i++) {
      const box = await marks.nth(i).boundingBox();
      if (box && box.y > 600 && box.y < 780) {
        chosen = marks.nth(i);
        break;
      }
    }
    expect((await chosen.boundingBox())!.y).toBeGreaterThan(600);
    await chosen.tap();
    await expect(popover(page)).toBeVisible();
    const mark = (await chosen.boundingBox())!;
    expect(mark.y).toBeGreaterThan(600);
    const box = (await popover(page).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(mark.y + 1);
    expect(box.y).toBeGreaterThanOrEqual(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a mark is a link to the term page', async ({ page }) => {
    await page.goto(READOUT);
    await arabicBrics(page).click();
    await expect(page).toHaveURL(/\/terms\/brics\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('BRICS');
  });
});

test.describe('filters', () => {
  test('?speaker=vladimir-putin shows only Putin’s paragraph', async ({ page }) => {
    await page.goto(`${READOUT}?speaker=vladimir-putin`);
    await expect(page.locator('section.pair:visible')).toHaveCount(1);
    await expect(page.locator('#p-15')).toBeVisible();
    await expect(page.locator('[data-filter-status]')).toHaveText('Showing 1 of 18 paragraphs.');
  });

  test('choosing a term filters the paragraphs and writes it into the URL', async ({ page }) => {
    await page.goto(READOUT);
    await openTools(page);
    await page.getByLabel('Term', { exact: true }).selectOption({ label: 'BRICS' });
    await expect(page).toHaveURL(/[?&]term=brics$/);
    await expect(page.locator('section.pair:visible')).toHaveCount(2);
    await expect(page.locator('#p-12')).toBeVisible();
    await expect(page.locator('#p-15')).toBeVisible();
    await page.getByLabel('Speaker').selectOption({ label: 'Xi Jinping' });
    await expect(page).toHaveURL(/speaker=xi-jinping/);
    await expect(page.locator('section.pair:visible')).toHaveCount(1);
    await page.getByLabel('Term', { exact: true }).selectOption({ label: 'All terms' });
    await page.getByLabel('Speaker').selectOption({ label: 'All speakers' });
    await expect(page.locator('section.pair:visible')).toHaveCount(18);
    await expect(page).toHaveURL(new RegExp(`${READOUT}$`));
  });
});

test.describe('term pages', () => {
  test('/terms/ lists every term by kind with how many paragraphs mention it', async ({ page }) => {
    await page.goto('/terms/');
    await expect(page.getByRole('heading', { level: 2 })).toContainText([
      'People',
      'International organisations and bodies',
      'Parties and party bodies',
      'Treaties',
      'Resolutions, decrees and other documents',
      'Diplomatic terms',
    ]);
    expect(await page.locator('.term-list li').count()).toBeGreaterThanOrEqual(40);
    const brics = page.locator('.term-list li', { has: page.getByRole('link', { name: 'BRICS', exact: true }) });
    await expect(brics).toContainText('بريكس');
    await expect(brics).toContainText('2 paragraphs');
    const he = page.locator('.term-list li', { has: page.getByRole('link', { name: 'He Lifeng' }) });
    await expect(he).toContainText('1 paragraph');
  });

  test('a term the readouts name only inside longer names says where, instead of reading as empty', async ({
    page,
  }) => {
    await page.goto('/terms/united-nations/');
    const where = page.locator('[data-named-inside]');
    await expect(where).toContainText('The readouts name it only inside longer names');
    await expect(where.getByRole('link', { name: 'UN Security Council', exact: true })).toHaveAttribute(
      'href',
      '/terms/un-security-council/',
    );
    await expect(where).toContainText('UN Security Council (2 paragraphs)');
    await page.goto('/terms/cpc-central-committee/');
    await expect(page.locator('[data-named-inside]').getByRole('link')).toHaveText([
      'Sixth Plenary Session of the 19th CPC Central Committee',
    ]);
    await page.goto('/terms/brics/');
    await expect(page.locator('[data-named-inside]')).toHaveCount(0);
  });

  test('/terms/brics/ gives the names and every mention as its aligned sentence pair, the term marked on both sides', async ({
    page,
  }) => {
    await page.goto('/terms/brics/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('BRICS');
    await expect(page.locator('h1 [lang="ar"][dir="rtl"]')).toHaveText('بريكس');
    await expect(page.locator('.translit')).toHaveText('Brīks');
    await expect(page.getByRole('heading', { level: 2, name: /^Mentioned in/ })).toHaveText(
      'Mentioned in 2 paragraphs',
    );
    const links = page.locator('.mention .pair-head a');
    await expect(links.first()).toHaveText(
      'Xi Jinping holds a virtual meeting with Vladimir Putin, paragraph 12, sentence 1',
    );
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
      ['12.1', '12.2', '12.4', '12.5', '15.8'].map((s) => `${READOUT}#p-${s}`),
    );
    // Each row is one sentence, not the paragraph: ¶12's first sentence, in both languages.
    const first = page.locator('.mention').first();
    await expect(first.locator('[lang="ar"] mark').first()).toHaveText('بريكس');
    await expect(first.locator('.gloss mark').first()).toHaveText('BRICS');
    expect((await first.locator('.pair-text').textContent())!.length).toBeLessThan(200);
    await links.nth(1).click();
    await expect(page.locator('#p-12 .pair-text .seg[data-s="2"]')).toHaveClass(/is-highlighted/);
  });

  test('an override-marked mention is highlighted on the term page too', async ({ page }) => {
    await page.goto('/terms/communist-party-of-china/');
    const p6 = page.locator('.mention', { has: page.locator(`a[href="${READOUT}#p-6.1"]`) });
    await expect(p6.locator('[lang="ar"] mark')).toHaveText(['الحزب']);
    await expect(p6.locator('.gloss mark')).toHaveText(['Party’s']);
  });

  test('axe finds no violations with a term popover open', async ({ page }) => {
    await page.goto(`${READOUT}#p-12`);
    await arabicBrics(page).focus();
    await expect(popover(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('a renamed entry keeps its old address in both interfaces: it leads on to the new page', async ({ page }) => {
  await page.goto('/terms/people-centred-governance/');
  await expect(page).toHaveURL(/\/terms\/people-above-all\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('people');
  await page.goto('/ar/terms/people-centred-governance/');
  await expect(page).toHaveURL(/\/ar\/terms\/people-above-all\/$/);
});
