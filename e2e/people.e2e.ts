import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, watchConsole } from './support/browser.ts';
import { demoProgramCard, tick } from './support/navigation.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');
// Emails unique to this run: the server (and its database) is shared by every e2e file.
const run = Date.now().toString(36);
const importedEmail = `e2e-import-${run}@example.test`;
const invitedEmail = `e2e-invitee-${run}@example.test`;

/** The program's own navigation ("Ohjelman sivut"), not the site's main menu. */
async function openSection(page: Page, name: string) {
  await page
    .getByRole('navigation', { name: 'Ohjelman sivut' })
    .getByRole('link', { name, exact: true })
    .click();
}

function meterValue(page: Page) {
  return page.getByRole('meter', { name: 'Profiilin täyttöaste', exact: true }).getAttribute('aria-valuenow');
}

describe('programs and people in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator imports and invites; the invitee creates an account, joins and completes their profile', async () => {
    const { context, page } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const errors = watchConsole(page);

    // The coordinator opens the running cohort from the program list.
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Ohjelmat' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ohjelmat' }).waitFor();
    await demoProgramCard(page).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Valmentava mentorointi/ }).waitFor();
    const programPath = new URL(page.url()).pathname;
    // The timeline: every phase in a list, today marked in words.
    await page.getByText('Väliarviointi', { exact: true }).waitFor();
    await page.getByText(/Tänään on /).waitFor();
    await expectNoAxeViolations(page, 'program overview');
    await screenshot(page, 'program-overview');

    // Participants: search and filter.
    await openSection(page, 'Osallistujat');
    await page.getByRole('heading', { level: 1, name: 'Osallistujat' }).waitFor();
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill('mentor5@');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Näytetään' }).textContent())
      .toMatch(/^Näytetään 1 \//);
    await page.getByLabel('Hae nimellä tai sähköpostilla').fill('');
    await page.getByText(/^Mentorit \(\d+\)$/).click();
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(9);
    await expectNoAxeViolations(page, 'participants');
    await screenshot(page, 'participants');

    // Import: a Finnish Excel file (semicolons, BOM) with one bad row; preview, then import.
    await openSection(page, 'Tuonti');
    await page.getByRole('heading', { level: 1, name: 'Tuonti' }).waitFor();
    const csv = `\uFEFFNimi;Sähköposti;Rooli\r\nEemeli Esimerkki;${importedEmail};aktori\r\nVäärä Rivi;ei-osoite;mentori\r\n`;
    await page
      .getByLabel('Valitse CSV-tiedosto')
      .setInputFiles({ name: 'osallistujat.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const preview = page.getByRole('table', { name: 'Esikatselu' });
    await preview.waitFor();
    expect(await preview.getByRole('row', { name: /Eemeli Esimerkki/ }).textContent()).toContain(
      'Kelvollinen',
    );
    expect(await preview.getByRole('row', { name: /Väärä Rivi/ }).textContent()).toContain(
      'Virheellinen sähköposti',
    );
    await expectNoAxeViolations(page, 'import preview');
    await screenshot(page, 'import-preview');
    await page.getByRole('button', { name: 'Tuo 1 kelvollinen rivi' }).click();
    await page.getByText('Tuonti valmis: 1 kutsu luotu.').waitFor();

    // Invite one more person by the form; the link is shown (and copied) for passing on.
    await openSection(page, 'Kutsut');
    await page.getByRole('heading', { level: 1, name: 'Kutsut' }).waitFor();
    await page.getByRole('cell', { name: importedEmail }).waitFor();
    await page.getByLabel('Nimi', { exact: true }).fill('Eeva Kutsuttu');
    await page.getByLabel('Sähköposti', { exact: true }).fill(invitedEmail);
    await page.getByRole('button', { name: 'Luo kutsu' }).click();
    const inviteUrl = await page.getByLabel('Kutsulinkki, Eeva Kutsuttu').inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[\w-]{20,}$/);
    await page.getByRole('button', { name: 'Kopioi linkki' }).click();
    await page.getByText('Linkki kopioitu leikepöydälle.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
    await page.getByRole('cell', { name: invitedEmail }).waitFor();
    await expectNoAxeViolations(page, 'invitations');
    await screenshot(page, 'invitations');

    // Settings and vocabulary: axe-clean; the archive dialog opens, and Escape cancels it.
    await openSection(page, 'Asetukset');
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    await expectNoAxeViolations(page, 'program settings');
    await page.getByRole('button', { name: 'Arkistoi ohjelma' }).click();
    await page.getByRole('alertdialog').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Peruuta');
    await expectNoAxeViolations(page, 'archive dialog');
    await screenshot(page, 'archive-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Arkistoi ohjelma');
    await openSection(page, 'Sanasto');
    await page.getByRole('heading', { level: 1, name: 'Sanasto' }).waitFor();
    await expectNoAxeViolations(page, 'vocabulary');

    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.waitForURL(/\/login/);

    // The invitee follows the link (the server builds it from its public URL; here the host differs).
    await page.goto(`${baseUrl}${new URL(inviteUrl).pathname}`);
    await page.getByRole('heading', { level: 1, name: 'Kutsu ohjelmaan' }).waitFor();
    await page.getByText(/^Eeva Kutsuttu, sinut on kutsuttu ohjelmaan Valmentava mentorointi/).waitFor();
    await expectNoAxeViolations(page, 'invitation accept page');
    await screenshot(page, 'invite-accept');
    await page.getByLabel('Uusi salasana', { exact: true }).fill('kesäyön kirkas tähtitaivas');
    await page.getByLabel('Uusi salasana uudelleen').fill('kesäyön kirkas tähtitaivas');
    await page.getByRole('button', { name: 'Luo tili ja liity ohjelmaan' }).click();
    await page.waitForURL((url) => url.pathname === programPath);
    await page.getByText(/^Tervetuloa ohjelmaan/).waitFor();
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor();
    await expectNoAxeViolations(page, 'program as the new actor');

    // Their profile in the program starts empty and reaches 100 % as they fill it in.
    await openSection(page, 'Oma profiili');
    await page.getByRole('heading', { level: 1, name: 'Oma profiili' }).waitFor();
    expect(await meterValue(page)).toBe('0');
    await page.getByLabel('Esittely').fill('Tapahtumatuottaja, joka järjestää kesäfestivaaleja.');
    // Keyboard: the custom-drawn checkbox is a real one, so Space ticks it.
    await page.getByRole('checkbox', { name: 'Festivaalit', exact: true }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Festivaalit', exact: true }).isChecked()).toBe(true);
    await tick(page, 'Rahoitus ja apurahat');
    await tick(page, 'Suomi');
    await page.getByLabel('Kotikunta').fill('Tampere');
    await tick(page, 'Etänä');
    await page.getByRole('textbox', { name: 'Työkokemus alalta (vuotta)' }).fill('3');
    await page.getByLabel('Tavoitteeni').fill('Oppia rahoittamaan festivaali useasta lähteestä.');
    await page.getByRole('button', { name: 'Tallenna profiili' }).click();
    await page.getByText('Profiili tallennettu. Täyttöaste 100 %.').waitFor();
    expect(await meterValue(page)).toBe('100');
    await expectNoAxeViolations(page, 'my profile');
    await screenshot(page, 'my-profile');

    // Saved on the server: a fresh load shows the same.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Oma profiili' }).waitFor();
    await page.getByText('Kaikki tiedot on täytetty. Kiitos!').waitFor();
    expect(await meterValue(page)).toBe('100');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('participants and profiles reflow at 320 px', async () => {
    const { context, page } = await newPage(browser, { width: 320 });
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await demoProgramCard(page).getByRole('link').first().click();
    await openSection(page, 'Osallistujat');
    await page.getByRole('table').waitFor();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'participants-320');
    await page.getByRole('table').getByRole('link').first().click();
    await page.waitForURL(/\/people\//);
    await page.getByRole('meter', { name: 'Profiilin täyttöaste', exact: true }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'profile view at 320 px');
    await screenshot(page, 'profile-view-320');
    await context.close();
  });

  it('password reset: the request gets the same neutral answer for anyone; a spent link says so', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('link', { name: 'Unohtuiko salasana?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Unohtuiko salasana?' }).waitFor();
    await page.getByLabel('Sähköposti').fill('actor10@demo.test');
    await page.getByRole('button', { name: 'Lähetä linkki' }).click();
    await page.getByText(/^Jos osoitteella on tili, lähetimme siihen linkin/).waitFor();
    await expectNoAxeViolations(page, 'forgot password');
    await screenshot(page, 'forgot-password');

    await page.goto(`${baseUrl}/reset-password/not-a-real-reset-token-0123456789`);
    await page.getByRole('heading', { level: 1, name: 'Aseta uusi salasana' }).waitFor();
    await page.getByLabel('Uusi salasana', { exact: true }).fill('syksyn ruska tunturissa');
    await page.getByLabel('Uusi salasana uudelleen').fill('syksyn ruska tunturissa');
    await page.getByRole('button', { name: 'Tallenna salasana' }).click();
    await page.getByText('Linkki on vanhentunut tai jo käytetty.').waitFor();
    await expectNoAxeViolations(page, 'reset password, spent link');
    // The refused link is a 400 the browser logs; nothing else may fail.
    expect(errors.filter((error) => !/status of 400/.test(error))).toEqual([]);
    await context.close();
  });
});
