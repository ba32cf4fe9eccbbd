import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, watchConsole } from './support/browser.ts';
import { openProgram, openSection } from './support/navigation.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');
// Unique per run, so the texts are found however many times the suite runs on one database.
const stamp = Date.now().toString(36);
const summary = `Kävimme läpi syksyn hakemukset ${stamp}.`;
const privateNote = `Muista kysyä jaksamisesta ${stamp}.`;
const actionItem = `Luonnostele budjetti ${stamp}`;

/** The session card (an article) holding this session's summary. */
function sessionCard(page: Page) {
  return page.locator('article', { has: page.getByText(summary, { exact: true }) });
}

describe('sessions, goals and pair health in a real browser', () => {
  let browser: Browser;
  /** actor1's name (demo names are generated): the mentor logs the session in that pair. */
  let actorName = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, 'actor1@demo.test');
    const greeting = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    actorName = greeting.replace(/^Hei, /, '').replace(/!$/, '');
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the mentor logs a session with an action item and a private note', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'mentor1@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Omat parit');
    await page.getByRole('link', { name: `Tapaamiset ja tavoitteet: ${actorName}` }).click();
    await page.getByRole('heading', { level: 2, name: 'Kirjaa tapaaminen' }).waitFor();
    await expectNoAxeViolations(page, 'pair page (mentor)');

    const form = page.getByRole('region', { name: 'Kirjaa tapaaminen' });
    await form.getByLabel('Yhteinen yhteenveto').fill(summary);
    await form.getByLabel('Oma muistiinpano – vain sinä näet tämän').fill(privateNote);
    await form.getByRole('button', { name: 'Lisää tehtävä' }).click();
    await form.getByLabel('Tehtävä 1', { exact: true }).fill(actionItem);
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/sessions') && response.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Tallenna kirjaus' }).click();
    expect((await saved).status()).toBe(201);
    await form.getByText('Tapaaminen kirjattu.').waitFor();

    // The author sees their own private note in the list.
    const card = sessionCard(page);
    await card.getByText(privateNote).waitFor();
    await card.getByText(actionItem).waitFor();
    await expectNoAxeViolations(page, 'pair page after logging');
    await screenshot(page, 'pair-mentor');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the actor sees the summary but not the private note, ticks the item, reflects and checks in', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'actor1@demo.test');
    // Home: goals, next meeting and open action items, with the new one among them.
    const progress = page.getByRole('region', { name: /^Edistymisesi: Valmentava mentorointi/ });
    await progress.getByText(actionItem).waitFor();
    await expectNoAxeViolations(page, 'home (actor)');
    await progress.getByRole('link', { name: 'Kaikki tapaamiset ja tavoitteet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tapaamiset' }).waitFor();

    const card = sessionCard(page);
    await card.waitFor();
    expect(await page.getByText(privateNote).count()).toBe(0);
    expect(await card.getByText('Oma muistiinpano – vain sinä näet tämän').count()).toBe(0);
    await expectNoAxeViolations(page, 'pair page (actor)');

    // Tick the action item.
    const ticked = page.waitForResponse((response) => response.url().includes('/api/action-items/'));
    await card.locator('label', { hasText: actionItem }).click();
    expect((await ticked).status()).toBe(200);
    await expect.poll(() => card.getByRole('checkbox', { name: actionItem }).isChecked()).toBe(true);

    // Write a reflection.
    await card.getByRole('button', { name: /^Kirjoita pohdinta tapaamisesta/ }).click();
    await card.getByRole('textbox', { name: /^Pohdintasi tapaamisesta/ }).fill('Sain selkeän suunnan.');
    await card.getByRole('button', { name: 'Tallenna pohdinta' }).click();
    await card.getByText('Pohdinta tallennettu.').waitFor();
    await card.getByText('Sain selkeän suunnan.').waitFor();

    // Check in on the first goal.
    await page
      .getByRole('button', { name: /^Arvioi edistyminen: / })
      .first()
      .click();
    await page.locator('label', { hasText: '4 – lähes perillä' }).click();
    await page.getByLabel('Huomio (valinnainen)').fill(`Eteni hyvin ${stamp}`);
    await page.getByRole('button', { name: 'Tallenna arvio' }).click();
    await page.getByText(/^Arvio tallennettu: /).waitFor();
    await page.getByText(`4/5 – Eteni hyvin ${stamp}`).first().waitFor();
    await expectNoAxeViolations(page, 'pair page after check-in');
    await screenshot(page, 'pair-actor');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the coordinator opens pair health and filters by a state', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await openProgram(page, baseUrl);
    await openSection(page, 'Parien tilanne');
    const table = page.getByRole('table', { name: 'Parit ja niiden tilanne' });
    await table.waitFor();
    const total = await table.locator('tbody tr').count();
    expect(total).toBeGreaterThan(5);
    await expectNoAxeViolations(page, 'pair health');

    await page.getByRole('button', { name: /Näytä tila/ }).click();
    await page.getByRole('option', { name: 'Vaarassa' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Näytetään/ })
          .textContent(),
      )
      .toMatch(new RegExp(`^Näytetään \\d+ / ${total} paria$`));
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(total);
    expect(await table.locator('tbody tr', { hasText: 'Vaarassa' }).count()).toBe(rows);

    // Sorting is announced through aria-sort on the header.
    await table.getByRole('button', { name: /^Aktori/ }).click();
    expect(await table.getByRole('columnheader', { name: /^Aktori/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await expectNoAxeViolations(page, 'pair health filtered');
    await screenshot(page, 'pair-health');
    expect(errors).toEqual([]);
    await context.close();
  });
});
