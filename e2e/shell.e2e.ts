import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, watchConsole } from './support/browser.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');

describe('app shell in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the login page is Finnish, labelled and axe-clean; a wrong password is explained', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await page.goto(baseUrl);
    await page.waitForURL(/\/login/);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    await expectNoAxeViolations(page, 'login');
    await screenshot(page, 'login-fi');

    await page.getByLabel('Sähköposti').fill('coordinator@demo.test');
    await page.getByLabel('Salasana').fill('wrong password');
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBeTruthy();
    await expectNoAxeViolations(page, 'login with error');
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
    await context.close();
  });

  for (const [role, email] of [
    ['coordinator', 'coordinator@demo.test'],
    ['mentor', 'mentor1@demo.test'],
    ['actor', 'actor1@demo.test'],
  ] as const) {
    it(`a ${role} signs in, sees their programs, stays signed in on reload, and every page is axe-clean`, async () => {
      const { context, page } = await newPage(browser);
      const errors = watchConsole(page);
      await signIn(page, baseUrl, email);
      await expect.poll(() => page.getByText('Valmentava mentorointi').first().isVisible()).toBe(true);
      await expectNoAxeViolations(page, `${role} home`);
      await screenshot(page, `home-${role}`);

      // The access token lives in memory; a reload restores the session through the refresh cookie.
      await page.reload();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(page.url()).not.toContain('/login');

      await page.getByRole('link', { name: 'Profiili' }).first().click();
      await page.getByRole('heading', { level: 1, name: /Profiili/ }).waitFor();
      await expectNoAxeViolations(page, `${role} profile`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('switches to English and back, with the lang attribute following', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, baseUrl, 'mentor2@demo.test');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Profile' }).first().waitFor();
    await expectNoAxeViolations(page, 'home in English');
    await screenshot(page, 'home-en');
    // The choice is saved to the profile: a new session starts in English.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Email').fill('mentor2@demo.test');
    await page.getByLabel('Password').fill('demo-mentoring');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('link', { name: 'Profile' }).first().waitFor();
    await page.getByRole('button', { name: 'Suomi' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fi');
    await context.close();
  });

  it('works by keyboard alone: skip link, sign in with Tab and Enter', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Sähköposti').focus();
    await page.keyboard.type('actor2@demo.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo-mentoring');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(page.url()).not.toContain('/login');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toMatch(/Siirry sisältöön/);
    await context.close();
  });

  it('has no horizontal scrolling at 320 px', async () => {
    const { context, page } = await newPage(browser, { width: 320 });
    await signIn(page, baseUrl, 'actor3@demo.test');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'home-actor-320');
    await context.close();
  });
});
