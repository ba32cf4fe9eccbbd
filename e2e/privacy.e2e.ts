import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, watchConsole } from './support/browser.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');

describe('privacy in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the footer links to the privacy notice and accessibility statement, both axe-clean in Finnish and English', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await page.goto(`${baseUrl}/login`);
    const footer = page.getByRole('navigation', { name: 'Tietoa palvelusta' });
    await footer.getByRole('link', { name: 'Tietosuojaseloste' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tietosuojaseloste' }).waitFor();
    await expectNoAxeViolations(page, 'privacy notice');
    await screenshot(page, 'privacy-fi');
    await footer.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' }).waitFor();
    expect(await page.getByRole('link', { name: /@/ }).getAttribute('href')).toMatch(/^mailto:/);
    await expectNoAxeViolations(page, 'accessibility statement');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    await expectNoAxeViolations(page, 'accessibility statement in English');
    await page.getByRole('link', { name: 'Privacy notice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    await expectNoAxeViolations(page, 'privacy notice in English');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an actor downloads their data as JSON from the profile page', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, 'actor1@demo.test');
    await page.getByRole('link', { name: 'Profiili' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Omat tietoni' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa tietoni (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
    expect(data.tables.users[0].email).toBe('actor1@demo.test');
    expect(Object.keys(data.tables)).toEqual(
      expect.arrayContaining(['participants', 'matches', 'session_logs']),
    );
    await page.getByText('Tiedosto on ladattu.').waitFor();
    await expectNoAxeViolations(page, 'profile with my data');
    await context.close();
  });

  it('an administrator reads the audit log', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, 'coordinator@demo.test');
    // Their own download makes an entry, so the test does not depend on another one.
    await page.getByRole('link', { name: 'Profiili' }).first().click();
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa tietoni (JSON)' }).click(),
    ]);
    await page.getByRole('link', { name: 'Käsittelyloki' }).click();
    await page.getByRole('heading', { level: 1, name: 'Henkilötietojen käsittelyloki' }).waitFor();
    await page.getByLabel('Etsi henkilö').fill('coordinator@demo');
    await page
      .getByRole('button', { name: /Näytä henkilön loki/ })
      .first()
      .click();
    await page.getByRole('table', { name: 'Lokimerkinnät, uusin ensin' }).waitFor();
    await expect
      .poll(() => page.getByRole('row', { name: /Latasi omat tietonsa/ }).count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'audit log');
    await screenshot(page, 'audit-log');
    await context.close();
  });
});
