import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, watchConsole } from './support/browser.ts';
import { openProgram, openSection } from './support/navigation.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');
const AGENDA = 'Selaintesti: budjetti ja aikataulu';

/** The first free time in `scope`, moving week by week until one shows (today may be a weekend). */
async function firstFreeSlot(scope: Locator): Promise<Locator> {
  for (let week = 0; week < 4; week += 1) {
    await scope.getByText(/tällä viikolla/i).waitFor();
    const slot = scope.locator('.slot-button').first();
    if ((await slot.count()) > 0) return slot;
    // The week's label changes when the next week shows (its times may come from the cache).
    const label = scope.locator('.week-nav-label');
    const shown = await label.textContent();
    await scope.getByRole('button', { name: 'Seuraava viikko' }).click();
    await expect.poll(() => label.textContent()).not.toBe(shown);
  }
  throw new Error('no free time in four weeks');
}

describe('scheduling in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a mentor sees their week on the grid and saves a change', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'mentor1@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Vapaat aikani');

    const grid = page.getByRole('table', { name: 'Viikoittaiset vapaat tuntisi' });
    await grid.waitFor();
    expect(await grid.getByText('vapaa', { exact: true }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'availability');

    // react-aria's checkbox input is visually hidden under its label: click the label.
    await page.locator('label', { hasText: '120 min' }).click();
    expect(await page.getByRole('checkbox', { name: '120 min' }).isChecked()).toBe(true);
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/availability') && response.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Tallenna vapaat ajat' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('Vapaat ajat tallennettu.').waitFor();
    expect(((await saved).request().postDataJSON() as { lengths: number[] }).lengths).toContain(120);
    await screenshot(page, 'scheduling-availability');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an actor books in two clicks, sees it in meetings, moves it and cancels it', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'actor1@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Varaa tapaaminen');

    const main = page.getByRole('main');
    await expectNoAxeViolations(page, 'book');
    const slot = await firstFreeSlot(main);
    const when = (await slot.getAttribute('aria-label')) ?? '';
    expect(when).toMatch(/UTC|EET|GMT/);
    await slot.click();
    await page.getByLabel('Mistä haluat puhua?').fill(AGENDA);
    await expectNoAxeViolations(page, 'booking form');
    const booked = page.waitForResponse((response) => response.url().endsWith('/api/bookings'));
    await page.getByRole('button', { name: 'Varaa', exact: true }).click();
    expect((await booked).status()).toBe(201);
    expect((await booked).request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText(/on varattu/).waitFor();
    await page.getByText(when.split(' ').slice(0, 4).join(' ')).first().waitFor();

    await openSection(page, 'Tapaamiset');
    const upcoming = page.getByRole('region', { name: 'Tulevat tapaamiset' });
    const card = upcoming.getByRole('article').filter({ hasText: AGENDA });
    await card.waitFor();
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Lisää kalenteriin (.ics)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^mentorointi-.*\.ics$/);
    await expectNoAxeViolations(page, 'meetings');

    // Move it: the same picker inside the card, then one button for the new time.
    await card.getByRole('button', { name: 'Siirrä' }).click();
    const newSlot = await firstFreeSlot(card);
    await newSlot.click();
    const moved = page.waitForResponse((response) => response.url().endsWith('/reschedule'));
    await card.getByRole('button', { name: /^Siirrä aikaan/ }).click();
    expect((await moved).status()).toBe(200);
    await page.getByText(/Tapaaminen on siirretty aikaan/).waitFor();

    // Cancel it, with a reason; it moves to the past and cancelled list.
    await upcoming
      .getByRole('article')
      .filter({ hasText: AGENDA })
      .getByRole('button', { name: 'Peru' })
      .click();
    const dialog = page.getByRole('alertdialog', { name: 'Perutaanko tapaaminen?' });
    await dialog.getByLabel(/^Syy/).fill('Päällekkäinen meno');
    await expectNoAxeViolations(page, 'cancel dialog');
    await dialog.getByRole('button', { name: 'Peru tapaaminen' }).click();
    await page.getByText(/on peruttu\./).waitFor();
    const past = page.getByRole('region', { name: 'Menneet ja perutut' });
    const cancelled = past.getByRole('article').filter({ hasText: AGENDA });
    await cancelled.getByText('Peruttu', { exact: true }).waitFor();
    await cancelled.getByText('Perumisen syy: Päällekkäinen meno').waitFor();

    // The personal calendar feed: an address to copy and a webcal link.
    await page.getByRole('button', { name: 'Luo kalenteriosoite' }).click();
    const address = page.getByRole('textbox', { name: 'Kalenterin osoite' });
    await address.waitFor();
    expect(await address.inputValue()).toMatch(/\/api\/calendar\/[\w-]+\.ics$/);
    expect(
      await page.getByRole('link', { name: 'Avaa kalenterisovelluksessa (webcal)' }).getAttribute('href'),
    ).toMatch(/^webcal:/);
    await expectNoAxeViolations(page, 'meetings with feed');
    await screenshot(page, 'scheduling-meetings');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a coordinator sees the program's meetings by week and as a list", async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Kalenteri');
    const main = page.getByRole('main');
    await main.getByText(/tapaami(nen|sta) tällä viikolla\./).waitFor();
    await expectNoAxeViolations(page, 'program calendar');

    // The demo's coming meetings are within two weeks: one of these weeks has some.
    let found = await main.locator('.calendar-item').count();
    for (let week = 0; week < 2 && found === 0; week += 1) {
      const label = main.locator('.week-nav-label');
      const shown = await label.textContent();
      await main.getByRole('button', { name: 'Seuraava viikko' }).click();
      await expect.poll(() => label.textContent()).not.toBe(shown);
      await main.getByText(/tällä viikolla\./).waitFor();
      found = await main.locator('.calendar-item').count();
    }
    expect(found).toBeGreaterThan(0);
    await main.locator('label', { hasText: 'Lista' }).click();
    const table = main.getByRole('table', { name: 'Viikon tapaamiset' });
    expect(await table.getByRole('row').count()).toBe(found + 1);
    await expectNoAxeViolations(page, 'program calendar list');
    await screenshot(page, 'scheduling-calendar');
    expect(errors).toEqual([]);
    await context.close();
  });
});
