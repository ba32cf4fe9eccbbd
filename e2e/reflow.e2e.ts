import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, watchConsole } from './support/browser.ts';
import { sidewaysOverflow, widest } from './support/layout.ts';
import { openProgram } from './support/navigation.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');

/** True when the page itself scrolls sideways (a wide table inside its own scroller is fine). */
async function scrollsSideways(page: Page) {
  return (await sidewaysOverflow(page)) > 1;
}

/** Every page of the running program's own navigation, as this person sees it. */
async function programPages(page: Page): Promise<string[]> {
  await openProgram(page, baseUrl);
  const links = page.getByRole('navigation', { name: /Ohjelman sivut|Program pages/ }).getByRole('link');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((href) => href.startsWith('/programs/'));
}

/**
 * Visits each page at this width: no sideways scrolling, a main heading, and no axe violations.
 * Returns the pages that scrolled, so one run names them all.
 */
async function sweep(page: Page, paths: string[], label: string): Promise<string[]> {
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(`${baseUrl}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Let lazy data settle (lists, charts) before measuring.
    await page.waitForLoadState('networkidle');
    if (await scrollsSideways(page)) wide.push(`${path}: ${(await widest(page)).join(', ')}`);
    await expectNoAxeViolations(page, `${label} ${path}`);
  }
  return wide;
}

const TOP_PAGES = ['/', '/profile', '/events', '/privacy', '/accessibility'];

describe('every page reflows at 320 px (WCAG 1.4.10) and at 200 % zoom', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [role, email, extra] of [
    ['coordinator', 'coordinator@demo.test', ['/programs', '/reports', '/admin/audit']],
    ['mentor', 'mentor1@demo.test', []],
    ['actor', 'actor1@demo.test', []],
  ] as const) {
    it(`${role}: every page at 320 px, without sideways scrolling or axe violations`, async () => {
      const { context, page } = await newPage(browser, { width: 320 });
      const errors = watchConsole(page);
      await signIn(page, baseUrl, email);
      const paths = [...TOP_PAGES, ...extra, ...(await programPages(page))];
      expect(paths.length).toBeGreaterThan(TOP_PAGES.length + 3);
      expect(await sweep(page, paths, `${role} 320 px`)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('200 % zoom: a 1280 px window zoomed to 200 % is 640 CSS px wide; the pages still fit', async () => {
    const context = await browser.newContext({
      viewport: { width: 640, height: 450 },
      deviceScaleFactor: 2,
      locale: 'fi-FI',
      timezoneId: 'Europe/Helsinki',
    });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'coordinator@demo.test');
    // 320 px above is the stricter test; here a sample of the widest pages.
    const paths = ['/', '/reports', ...(await programPages(page)).slice(0, 6)];
    expect(await sweep(page, paths, '200 %')).toEqual([]);
    await context.close();
  });
});
