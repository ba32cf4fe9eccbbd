import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, watchConsole } from './support/browser.ts';
import { openProgram, openSection } from './support/navigation.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');
const WORKSHOP = 'Työpaja: tavoitteet näkyviksi';
const GUEST = 'Selaintesti Vieras';
const NEW_EVENT = 'Selaintesti: verkostoilta';

/** The value of a report card, by its label. */
function figure(page: Page, label: string) {
  return page.locator('.report-card', { has: page.getByText(label, { exact: true }) }).locator('dd');
}

describe('events, attendance and the indicators report in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an actor signs up for the network coffee', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'actor1@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Tapahtumat');
    const coffee = page.getByRole('article', { name: 'Verkostokahvit' });
    await coffee.getByText('4 paikkaa vapaana (12 paikkaa)').waitFor();
    // Times are in the program's zone, and the zone is named.
    expect(await coffee.locator('dd').first().textContent()).toMatch(/\((UTC|GMT)[+-]\d\)$/);
    await expectNoAxeViolations(page, 'events');

    await coffee.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await page.getByRole('status').getByText('Ilmoittauduit tapahtumaan Verkostokahvit.').waitFor();
    await coffee.getByText('Olet ilmoittautunut.').waitFor();
    await coffee.getByText('3 paikkaa vapaana (12 paikkaa)').waitFor();
    await coffee.getByRole('button', { name: 'Peru ilmoittautuminen' }).waitFor();
    await expectNoAxeViolations(page, 'events after sign-up');
    await screenshot(page, 'events-actor');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a coordinator ticks a person and adds a guest on the held workshop's check-list, on a phone", async () => {
    const { context, page } = await newPage(browser, { width: 390 });
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Tapahtumat');

    // A new event, entered in the program's zone.
    await page.getByRole('button', { name: 'Uusi tapahtuma' }).click();
    const dialog = page.getByRole('dialog', { name: 'Uusi tapahtuma' });
    await dialog.getByLabel('Otsikko').fill(NEW_EVENT);
    await dialog.getByLabel('Alkaa').fill('2026-12-15T17:00');
    await dialog.getByLabel('Päättyy').fill('2026-12-15T19:00');
    await dialog.getByLabel('Paikka tai verkkolinkki').fill('Tampere, Tuottajapankki');
    await dialog.getByLabel('Osallistujaraja').fill('20');
    await expectNoAxeViolations(page, 'new event dialog');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText(`Tapahtuma ${NEW_EVENT} luotiin.`).waitFor();
    const created = page.getByRole('article', { name: NEW_EVENT });
    await created.getByText('20 paikkaa vapaana (20 paikkaa)').waitFor();
    expect(await created.locator('dd').first().textContent()).toMatch(/^ti 15\.12\.2026 17\.00–19\.00/);

    await page
      .getByRole('article', { name: WORKSHOP })
      .getByRole('link', { name: 'Osallistujalista' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Osallistujalista' }).waitFor();
    await page.getByRole('heading', { level: 2, name: WORKSHOP }).waitFor();
    await page.getByText('Ilmoittautuneita 0, paikalla 29.').waitFor();
    await expectNoAxeViolations(page, 'check-list');

    // Tick the first person not yet marked; the tick is saved and counted.
    const unticked = page.locator('.checklist-item:not([data-selected])').first();
    const name = (await unticked.textContent()) ?? '';
    await unticked.click();
    await page.getByText(`${name} merkittiin paikalla olleeksi.`).waitFor();
    await page.getByText('Ilmoittautuneita 0, paikalla 30.').waitFor();
    expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);

    // The filter narrows the list to that person.
    await page.getByRole('searchbox', { name: 'Suodata nimellä' }).fill(name);
    expect(await page.locator('.checklist-item').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Suodata nimellä' }).fill('');

    await page.getByLabel('Nimi', { exact: true }).fill(GUEST);
    // react-aria hides the native box under its label: press the label, as a user would.
    await page.locator('label.checkbox', { hasText: /^Opiskelija$/ }).click();
    expect(await page.getByRole('checkbox', { name: 'Opiskelija', exact: true }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Lisää vieras' }).click();
    await page.getByText(`Vieras ${GUEST} lisättiin osallistujiin.`).waitFor();
    await page.getByText('Ilmoittautuneita 0, paikalla 31.').waitFor();
    await page.getByRole('checkbox', { name: `${GUEST} (vieras, opiskelija)` }).waitFor();
    await expectNoAxeViolations(page, 'check-list after changes');
    await screenshot(page, 'events-checklist-phone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shared events: an actor signs up for the network evening, an administrator opens its check-list', async () => {
    const EVENING = 'Verkostoilta: tuottajat ja rahoittajat';
    const actor = await newPage(browser);
    const errors = watchConsole(actor.page);
    await signIn(actor.page, baseUrl, 'actor2@demo.test');
    await actor.page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Tapahtumat' })
      .click();
    await actor.page.getByRole('heading', { level: 1, name: 'Yhteiset tapahtumat' }).waitFor();
    const evening = actor.page.getByRole('article', { name: EVENING });
    await evening.getByText('80 paikkaa vapaana (80 paikkaa)').waitFor();
    // Participants sign up; only administrators get the check-list and editing.
    expect(await evening.getByRole('link', { name: 'Osallistujalista' }).count()).toBe(0);
    await evening.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await evening.getByText('Olet ilmoittautunut.').waitFor();
    await expectNoAxeViolations(actor.page, 'shared events');
    await actor.context.close();

    const admin = await newPage(browser);
    const adminErrors = watchConsole(admin.page);
    await signIn(admin.page, baseUrl, 'coordinator@demo.test');
    await admin.page.goto(`${baseUrl}/events`);
    await admin.page
      .getByRole('article', { name: EVENING })
      .getByRole('link', { name: 'Osallistujalista' })
      .click();
    await admin.page.getByRole('heading', { level: 2, name: EVENING }).waitFor();
    await admin.page.getByText('Ilmoittautuneita 1, paikalla 0.').waitFor();
    await expectNoAxeViolations(admin.page, 'shared event check-list');
    await screenshot(admin.page, 'shared-event-checklist');
    expect([...errors, ...adminErrors]).toEqual([]);
    await admin.context.close();
  });

  it('a coordinator reports 2021–2023: participations, people and students', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Raportit' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Indikaattoriraportti' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Yhteenveto' }).waitFor();
    await expectNoAxeViolations(page, 'report (this year)');

    await page.getByLabel('Alkaen').fill('2021-01-01');
    await page.getByLabel('Päättyen').fill('2023-12-31');
    const answered = page.waitForResponse((response) => response.url().includes('from=2021-01-01'));
    await page.getByRole('button', { name: 'Näytä raportti' }).click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => figure(page, 'Osallistumisia').textContent()).toBe('1\u00a0727');
    expect(await figure(page, 'Eri osallistujia').textContent()).toBe('496');
    expect(await figure(page, 'Opiskelijoita').textContent()).toBe('90');
    expect(await figure(page, 'Työnohjausryhmiä').textContent()).toBe('4');
    // The chart's numbers are in a table too.
    const byType = page.getByRole('figure', { name: 'Tapahtumien määrä tyypeittäin' });
    expect(await byType.getByRole('row').count()).toBe(6);
    await expectNoAxeViolations(page, 'report 2021–2023');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lataa CSV' }).click();
    expect((await download).suggestedFilename()).toBe('indicators-2021-01-01-2023-12-31.csv');
    await screenshot(page, 'indicators-report');

    // Printed, only the report remains: no navigation, no controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Päävalikko' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tulosta / PDF' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2, name: 'Yhteenveto' }).isVisible()).toBe(true);
    await screenshot(page, 'indicators-report-print');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
