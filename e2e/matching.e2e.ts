import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, screenshot, watchConsole } from './support/browser.ts';
import { openProgram, openSection } from './support/navigation.ts';
import { newPage, signIn } from './support/session.ts';

const baseUrl = inject('baseUrl');

function isSuggestion(url: string) {
  return url.endsWith('/matching/suggestions');
}

describe('matching in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator tunes, locks and excludes, compares, and publishes the upcoming cohort', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'coordinator@demo.test');
    await openProgram(page, baseUrl, 'Alkamassa');
    const firstRun = page.waitForResponse((response) => isSuggestion(response.url()));
    await openSection(page, 'Parinmuodostus');
    await firstRun;

    const summary = page.getByRole('region', { name: /^Ehdotus/ });
    await summary.getByText('Optimaalisuus todistettu').waitFor();
    expect(await summary.getByText('Sijoitetut aktorit').locator('xpath=..').textContent()).toBe(
      'Sijoitetut aktorit30 / 30',
    );
    const pairs = page.getByRole('region', { name: /^Ehdotetut parit/ });
    expect(
      await pairs
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 4 }) })
        .count(),
    ).toBe(30);
    // The heatmap is a real table: 30 actors × 8 mentors, headers on both axes.
    const heatmap = page.getByRole('table', { name: 'Pisteet: aktorit × mentorit' });
    expect(await heatmap.getByRole('columnheader').count()).toBe(8);
    expect(await heatmap.getByRole('rowheader').count()).toBe(30);

    // A slider moved by keyboard re-runs the suggestion once it settles.
    const rerun = page.waitForResponse((response) => isSuggestion(response.url()));
    const wish = page.getByRole('slider', { name: 'Aktorin toiveet' });
    await wish.focus();
    await page.keyboard.press('ArrowRight');
    const body = (await rerun).request().postDataJSON() as { weights: { wish: number } };
    expect(body.weights.wish).toBe(4);
    const comparison = page.getByRole('region', { name: 'Muutos edelliseen ehdotukseen' });
    await comparison.waitFor();

    // Lock one pair and exclude another; each re-runs.
    const lock = pairs.getByRole('button', { name: /^Lukitse pari / }).first();
    const lockName = (await lock.getAttribute('aria-label')) ?? '';
    const locked = page.waitForResponse((response) => isSuggestion(response.url()));
    await lock.click();
    expect(((await locked).request().postDataJSON() as { locks: unknown[] }).locks).toHaveLength(1);
    await expect
      .poll(() => pairs.getByRole('button', { name: lockName }).getAttribute('aria-pressed'))
      .toBe('true');
    const exclude = pairs.getByRole('button', { name: /^Estä pari / }).last();
    const excludedName = ((await exclude.getAttribute('aria-label')) ?? '').replace(/^Estä pari /, '');
    const excluded = page.waitForResponse((response) => isSuggestion(response.url()));
    await exclude.click();
    const excludedBody = (await excluded).request().postDataJSON() as {
      locks: unknown[];
      exclusions: unknown[];
    };
    expect(excludedBody.locks).toHaveLength(1);
    expect(excludedBody.exclusions).toHaveLength(1);
    await page.getByRole('button', { name: `Salli pari ${excludedName}` }).waitFor();

    // The comparison shows the totals before and after, and who moved: at least the excluded actor.
    const [excludedActor, excludedMentor] = excludedName.split(' – ');
    await comparison.getByText(`${excludedActor}: ${excludedMentor} → `).waitFor();
    expect(
      await comparison
        .getByRole('row', { name: /^Kokonaispisteet/ })
        .getByRole('cell')
        .count(),
    ).toBe(3);
    expect(
      await comparison
        .getByRole('row', { name: /^Heikoin pari/ })
        .getByRole('cell')
        .count(),
    ).toBe(3);
    expect(await comparison.getByRole('heading', { level: 3 }).textContent()).toMatch(
      /^\d+ aktoria? vaihtoi mentoria$/,
    );

    // Why not? Hovering a cell that was not chosen explains it, with the cost.
    await page.getByText('Mitä tummempi solu').click();
    const notChosen = heatmap.getByRole('button', { name: /pistettä$/ }).first();
    const whyNot = page.waitForResponse((response) => response.url().endsWith('/matching/why-not'));
    await notChosen.hover();
    const answer = (await (await whyNot).json()) as { status: string; cost: number | null };
    const tooltip = page.getByRole('tooltip');
    await tooltip.locator('p').nth(1).waitFor();
    if (answer.status === 'not_chosen') await tooltip.getByText(/^Hinta: \d+ pistettä$/).waitFor();
    // The server names mentors by id; the tooltip names them by name.
    expect(await tooltip.textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await screenshot(page, 'matching-why-not');
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'detached' });

    await expectNoAxeViolations(page, 'matching workspace');
    await screenshot(page, 'matching-workspace');

    // Confirm and publish: a confirmation first, then the saved pairs are active.
    await page.getByRole('button', { name: 'Vahvista ja julkaise' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Julkaistaanko parit?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'publish dialog');
    await dialog.getByRole('button', { name: 'Julkaise parit' }).click();
    await page.getByText('30 paria julkaistu. Sähköpostit lähetetään.').waitFor();
    const saved = page.getByRole('table', { name: 'Tallennetut parit' });
    await expect.poll(() => saved.getByRole('row').filter({ hasText: 'Aktiivinen' }).count()).toBe(30);
    // Published pairs are kept as locks by every later suggestion.
    await expect.poll(() => pairs.getByText(/^(Käynnissä oleva pari|Lukittu)$/).count()).toBe(30);
    await expectNoAxeViolations(page, 'matching workspace after publishing');
    await screenshot(page, 'matching-published');

    // At 320 px the heatmap scrolls inside its own box; the page does not scroll sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await heatmap.scrollIntoViewIfNeeded();
    await screenshot(page, 'matching-320');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an actor of the upcoming cohort picks two mentors, puts them in order and saves', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'next-actor5@demo.test');
    await openProgram(page, baseUrl, 'Alkamassa');
    await openSection(page, 'Mentoritoiveet');
    const wishList = page.getByRole('region', { name: /^Toiveesi/ });
    await wishList.waitFor();
    // Start from no wishes, whatever was saved before.
    for (
      let left = await wishList.getByRole('button', { name: /^Poista toive: / }).count();
      left > 0;
      left--
    ) {
      await wishList
        .getByRole('button', { name: /^Poista toive: / })
        .first()
        .click();
    }
    const cards = page.getByRole('region', { name: /^Ohjelman mentorit/ }).getByRole('heading', { level: 3 });
    expect(await cards.count()).toBe(8);
    const first = (await cards.nth(0).textContent()) ?? '';
    const second = (await cards.nth(1).textContent()) ?? '';
    await page.getByRole('button', { name: `Lisää toiveeksi: ${first}` }).click();
    await page.getByRole('button', { name: `Lisää toiveeksi: ${second}` }).click();
    // Reorder by keyboard: the second becomes the first.
    await page.getByRole('button', { name: `Siirrä ylös: ${second}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`${second} on nyt 1. toive.`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Siirrä alas: ${second}`,
    );
    const saving = page.waitForResponse(
      (response) => response.url().endsWith('/wishes') && response.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: 'Tallenna toiveet' }).click();
    expect((await saving).status()).toBe(200);
    await page.getByText('Toiveet tallennettu.').waitFor();
    await expectNoAxeViolations(page, 'wishes');
    await screenshot(page, 'wishes');

    // Saved on the server, in that order.
    await page.reload();
    await page.getByText(`1. ${second}, 2. ${first}`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an actor of the running cohort sees their mentor and why they were paired', async () => {
    const { context, page } = await newPage(browser);
    const errors = watchConsole(page);
    await signIn(page, baseUrl, 'actor1@demo.test');
    await openProgram(page, baseUrl, 'Käynnissä');
    await openSection(page, 'Oma pari');
    const pair = page.getByRole('article');
    await pair.getByText('Mentorisi').waitFor();
    expect(await pair.getByRole('heading', { level: 2 }).textContent()).toMatch(/\S+ \S+/);
    expect(await pair.getByText('Aktiivinen').count()).toBe(1);
    await pair.getByRole('heading', { level: 3, name: 'Miksi teistä tuli pari' }).waitFor();
    expect(await pair.getByRole('listitem').count()).toBeGreaterThan(0);
    await pair.getByText(/^Yhteinen kieli/).waitFor();
    await expectNoAxeViolations(page, 'my pair');
    await screenshot(page, 'my-pair');
    expect(errors).toEqual([]);
    await context.close();
  });
});
