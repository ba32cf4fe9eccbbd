import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, watchConsole } from './support/browser.ts';
import { openProgram, openSection } from './support/navigation.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');

/** Opens a program by its card's link on the programs page. */
async function openProgramByName(page: Page, name: string | RegExp) {
  await page.goto(`${baseUrl}/programs`);
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('heading', { level: 1, name: /^Valmentava mentorointi/ }).waitFor();
}

/** Selects a radio by keyboard: focus, then Space (react-aria hides the native input visually). */
async function choose(page: Page, radio: Locator) {
  await radio.focus();
  await page.keyboard.press('Space');
  expect(await radio.isChecked()).toBe(true);
}

describe('feedback surveys in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an actor answers the open mid-point survey by keyboard and mouse, then sees it answered', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'actor1@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Kyselyt', 'Palautekyselyt');
    const card = page.locator('article', { has: page.getByRole('heading', { name: 'Väliarviointi' }) });
    await card.getByText('Ei vastattu').waitFor();
    await expectNoAxeViolations(page, 'my surveys');
    await card.getByRole('link', { name: 'Vastaa: Väliarviointi' }).click();

    const relationship = page.getByRole('radiogroup', { name: /Mentorointisuhde on luottamuksellinen/ });
    await relationship.waitFor();
    await choose(page, relationship.getByRole('radio', { name: '4', exact: true }));
    // Arrow keys move within a radio group, as everywhere else.
    await page.keyboard.press('ArrowRight');
    expect(await relationship.getByRole('radio', { name: /^5/ }).isChecked()).toBe(true);
    await choose(page, page.getByRole('radio', { name: 'Kuukausittain' }));
    await choose(
      page,
      page
        .getByRole('radiogroup', { name: /Oma työni ja sen tavoitteet/ })
        .getByRole('radio', { name: '4', exact: true }),
    );
    // A mouse user clicks the visible label instead.
    await page
      .getByRole('radiogroup', { name: /käytännön järjestelyt/ })
      .locator('label', { hasText: /^3$/ })
      .click();
    await page
      .getByRole('textbox', { name: 'Mitä pitäisi muuttaa loppuohjelmaa varten?' })
      .fill('Enemmän verkostotapaamisia.');
    await expectNoAxeViolations(page, 'survey answer form');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/my-response') && r.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Tallenna vastaukset' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText(/Vastauksesi on tallennettu/).waitFor();
    await screenshot(page, 'survey-answered');

    await page.getByRole('link', { name: '← Palautekyselyt' }).click();
    await page
      .locator('article', { has: page.getByRole('heading', { name: 'Väliarviointi' }) })
      .getByText('Vastattu', { exact: true })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a coordinator creates a pulse from a template and sends it to the mentors', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Kyselyt', 'Palautekyselyt');
    // The running cohort's mid-point survey is open: an answer rate, but no results before the close.
    await page.getByRole('heading', { name: 'Uusi kysely pohjasta' }).waitFor();
    await expectNoAxeViolations(page, 'surveys with the create form');
    await page.getByRole('button', { name: /Pohja/ }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Pikakysely' }).click();
    await page.getByRole('button', { name: 'Luo luonnos' }).click();
    await page.getByRole('heading', { level: 2, name: 'Pikakysely tapaamisen jälkeen' }).waitFor();
    await expectNoAxeViolations(page, 'survey draft');
    await page.getByRole('button', { name: /Vastaanottajat/ }).click();
    await page.getByRole('listbox').getByRole('option', { name: 'Mentorit', exact: true }).click();
    const sent = page.waitForResponse((r) => r.url().endsWith('/send'));
    await page.getByRole('button', { name: 'Lähetä', exact: true }).click();
    expect(((await sent).request().postDataJSON() as { roles: string[] }).roles).toEqual(['mentor']);
    await page.getByText(/0 \/ 8 vastannut/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a coordinator reads the past cohort's end survey: charts, tables, a role filter and start vs end", async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await openProgramByName(page, 'Valmentava mentorointi 2022–2023');
    await openSection(page, 'Kyselyt', 'Palautekyselyt');
    await page.getByRole('link', { name: 'Loppukysely', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'survey list');
    await page.getByRole('link', { name: 'Loppukysely', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Tulokset' }).waitFor();

    const growth = page.locator('article', {
      has: page.getByRole('heading', { name: /Ohjelma edisti ammatillista kehittymistäni/ }),
    });
    await growth.getByText(/Keskiarvo/).waitFor();
    expect(await page.locator('.question-result .recharts-surface').count()).toBeGreaterThan(5);
    const answers = page.locator('article', { has: page.getByRole('heading', { name: /Vapaa palaute/ }) });
    expect(await answers.locator('.open-answers li').count()).toBeGreaterThanOrEqual(5);

    const comparison = page.getByRole('region', { name: 'Alku vs. loppu' });
    await comparison.getByRole('row', { name: /Koen olevani yksin työni kanssa/ }).waitFor();
    await expectNoAxeViolations(page, 'survey results');
    await screenshot(page, 'survey-results');

    // Filtering by role asks the server again; mentors (8) are a group of 5 or more here.
    const filtered = page.waitForResponse((r) => r.url().includes('/results?role=mentor'));
    await page.getByRole('button', { name: /Vastaajat/ }).click();
    await page.getByRole('option', { name: 'Mentorit', exact: true }).click();
    expect((await filtered).status()).toBe(200);
    await growth.getByText(/Keskiarvo/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
